import { fold, type CollectionTable, type CoordonneesDoc, type TableSpec } from "@prisme/common";
import { STRUCTURES, type StructureDoc } from "../structure/structure.model";
import type { CentresConnus } from "./centres";

/**
 * A structure as requests see it: `coordonnees` is its own point or, without one, its commune's
 * centre (the national referentials give no address); `pointPropre` keeps what the source gave.
 */
export type StructureEntry = StructureDoc & { pointPropre: CoordonneesDoc | null };

/** Places a structure: its own point, else the centre of its commune, else nowhere (never "near"). */
export function placer(structure: StructureDoc | StructureEntry, centres: CentresConnus): StructureEntry {
  const pointPropre = "pointPropre" in structure ? structure.pointPropre : structure.coordonnees;
  const centre = structure.codeCommune ? centres.get(structure.codeCommune)?.centre : undefined;
  return { ...structure, pointPropre, coordonnees: pointPropre ?? centre ?? null };
}

/** The structures: by type, public, commune covered and seat commune; near a point; by name. */
export const structureSpec: TableSpec<StructureEntry> = {
  key: (s) => s.id,
  keywords: {
    type: (s) => s.type,
    public: (s) => s.publics,
    couvre: (s) => s.communesCouvertes,
    commune: (s) => s.codeCommune,
  },
  orders: { nom: (s) => fold(s.nom) },
  points: (s) => (s.coordonnees ? [s.coordonnees] : []),
};

/** The structures collection as a table, placed with the centres of `centres`. */
export const structureSource = (centres: CentresConnus): CollectionTable<StructureDoc, StructureEntry> => ({
  collection: STRUCTURES,
  spec: structureSpec,
  toEntry: (doc) => placer(doc, centres),
});
