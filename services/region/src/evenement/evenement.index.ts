import type { Model } from "mongoose";
import { recordIndex, type Pres } from "../recherche/record-index";
import type { TypeEvenement } from "./evenement.enum";
import type { EvenementDoc } from "./evenement.model";

const index = recordIndex<EvenementDoc>({ type: "enum", metierIds: "enum[]", formationIds: "enum[]", uais: "enum[]" }, (doc) => ({
  type: doc.type,
  metierIds: doc.metierIds,
  formationIds: doc.formationIds,
  uais: doc.uais,
}));
export const invalidateEvenementIndex = (model: Model<EvenementDoc>): void => index.invalidate(model);

export interface EvenementFilter {
  /** Events still running at or after this instant (default: now, so past events leave the lists). */
  du: Date;
  /** Events starting before this instant. */
  au?: Date | null;
  type?: TypeEvenement | null;
  metier?: string | null;
  formation?: string | null;
  uai?: string | null;
  pres?: Pres | null;
}

export type EvenementTrouve = EvenementDoc & { distanceKm: number | null };

/** Events matching the filter, soonest first (then nearest). */
export async function chercherEvenements(model: Model<EvenementDoc>, filter: EvenementFilter): Promise<EvenementTrouve[]> {
  const where: Record<string, unknown> = {};
  if (filter.type) where.type = { eq: filter.type };
  if (filter.metier) where.metierIds = { containsAll: [filter.metier] };
  if (filter.formation) where.formationIds = { containsAll: [filter.formation] };
  if (filter.uai) where.uais = { containsAll: [filter.uai] };
  const found = await index.find(model, where, filter.pres);
  return found
    .filter((doc) => doc.fin >= filter.du && (filter.au == null || doc.debut <= filter.au))
    .sort((a, b) => a.debut.getTime() - b.debut.getTime() || (a.distanceKm ?? 0) - (b.distanceKm ?? 0));
}
