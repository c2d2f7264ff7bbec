import type { Model } from "mongoose";
import { recordIndex, type Pres } from "../recherche/record-index";
import type { PublicStructure, TypeStructure } from "./structure.enum";
import type { StructureDoc } from "./structure.model";

const index = recordIndex<StructureDoc>({ type: "enum", publics: "enum[]", communesCouvertes: "enum[]" }, (doc) => ({
  type: doc.type,
  publics: doc.publics,
  communesCouvertes: doc.communesCouvertes,
}));
export const invalidateStructureIndex = (model: Model<StructureDoc>): void => index.invalidate(model);

export interface StructureFilter {
  type?: TypeStructure | null;
  public?: PublicStructure | null;
  /** INSEE code of a commune the structure must cover. */
  couvre?: string | null;
  pres?: Pres | null;
}

export type StructureTrouvee = StructureDoc & { distanceKm: number | null };

/** Structures matching the filter: nearest first when a point is given, else by name. */
export async function chercherStructures(model: Model<StructureDoc>, filter: StructureFilter): Promise<StructureTrouvee[]> {
  const where: Record<string, unknown> = {};
  if (filter.type) where.type = { eq: filter.type };
  if (filter.public) where.publics = { containsAll: [filter.public] };
  if (filter.couvre) where.communesCouvertes = { containsAll: [filter.couvre] };
  const found = await index.find(model, where, filter.pres);
  return found.sort((a, b) => (a.distanceKm ?? 0) - (b.distanceKm ?? 0) || a.nom.localeCompare(b.nom, "fr"));
}
