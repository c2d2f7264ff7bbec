import { ImportReport, upsertByKey, type Provenance } from "@prisme/common";
import type { RectoratModels } from "../../context";
import { uaiProblem } from "../../common/identifiers";
import type { OffreDoc } from "../../offre/offre.model";
import { terminer } from "./finish";

export type OffreLue = Omit<OffreDoc, "cle" | "provenance" | "formationIds">;

// Mostly digits, but some dispositifs carry a letter (23K00033501).
const MEF_STAT_11 = /^[0-9A-Z]{11}$/;

/** Why an offer row cannot be kept, or null. */
export function problemeOffre(offre: Pick<OffreDoc, "uai" | "mefStat11">): string | null {
  return uaiProblem(offre.uai) ?? (MEF_STAT_11.test(offre.mefStat11 ?? "") ? null : `MEFSTAT11 "${offre.mefStat11}" is not an 11-character code`);
}

/** Stores offers by their natural key (source, UAI, MEFSTAT11, statut); decoding happens at query time. */
export async function storeOffres(models: RectoratModels, offres: OffreLue[], provenance: Omit<Provenance, "miseAJour">, report: ImportReport): Promise<ImportReport> {
  const records = offres.map((o) => ({ ...o, cle: `${o.source}:${o.uai}:${o.mefStat11}:${o.statut}`, formationIds: [] as string[] }));
  for (let i = 0; i < records.length; i += 1000) await upsertByKey(models.Offre, "cle", records.slice(i, i + 1000), provenance, report);
  return terminer(models, report);
}
