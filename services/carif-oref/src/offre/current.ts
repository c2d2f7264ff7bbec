import type { OffreDoc } from "./offre.model";

/** The offers still on offer (withdrawn ones are kept for history, not listed), sorted by intitulé then id. */
export function current(offres: readonly OffreDoc[]): OffreDoc[] {
  return offres.filter((o) => !o.retiree).sort((a, b) => a.intitule.localeCompare(b.intitule, "fr") || (a.id < b.id ? -1 : 1));
}
