import { create, insertMultiple, search, type Orama } from "@orama/orama";
import type { Model } from "mongoose";
import { distanceKm, type CoordonneesDoc } from "@prisme/common";
import { indexCache } from "../recherche/index-cache";
import type { PublicStructure, TypeStructure } from "./structure.enum";
import type { StructureDoc } from "./structure.model";

const schema = { type: "enum", publics: "enum[]", communesCouvertes: "enum[]", location: "geopoint" } as const;

interface StructureIndex {
  orama: Orama<typeof schema>;
  structures: Map<string, StructureDoc>;
}

async function build(model: Model<StructureDoc>): Promise<StructureIndex> {
  const docs = await model.find({}, { _id: 0 }).lean<StructureDoc[]>();
  const orama = create({ schema });
  await insertMultiple(
    orama,
    docs.map((doc) => ({
      id: doc.id,
      type: doc.type,
      publics: doc.publics,
      communesCouvertes: doc.communesCouvertes,
      // Orama skips an absent property: a structure without a point is never "near".
      ...(doc.coordonnees ? { location: { lat: doc.coordonnees.latitude, lon: doc.coordonnees.longitude } } : {}),
    })) as never,
    1000,
  );
  return { orama, structures: new Map(docs.map((doc) => [doc.id, doc])) };
}

const cache = indexCache((model) => build(model as unknown as Model<StructureDoc>));
export const invalidateStructureIndex = (model: Model<StructureDoc>): void => cache.invalidate(model);

export interface StructureFilter {
  type?: TypeStructure | null;
  public?: PublicStructure | null;
  /** INSEE code of a commune the structure must cover. */
  couvre?: string | null;
  pres?: { point: CoordonneesDoc; rayonKm: number } | null;
}

export type StructureTrouvee = StructureDoc & { distanceKm: number | null };

/** Structures matching the filter: nearest first when a point is given, else by name. */
export async function chercherStructures(model: Model<StructureDoc>, filter: StructureFilter): Promise<StructureTrouvee[]> {
  const index = await cache.get(model as unknown as Model<never>);
  const where: Record<string, unknown> = {};
  if (filter.type) where.type = { eq: filter.type };
  if (filter.public) where.publics = { containsAll: [filter.public] };
  if (filter.couvre) where.communesCouvertes = { containsAll: [filter.couvre] };
  if (filter.pres) {
    where.location = { radius: { coordinates: { lat: filter.pres.point.latitude, lon: filter.pres.point.longitude }, unit: "km", value: filter.pres.rayonKm, inside: true } };
  }
  const result = await search(index.orama, { term: "", where: where as never, limit: 100_000 });
  const found = result.hits
    .map((hit) => index.structures.get(hit.id))
    .filter((doc): doc is StructureDoc => doc != null)
    .map((doc) => ({ ...doc, distanceKm: filter.pres && doc.coordonnees ? Math.round(distanceKm(filter.pres.point, doc.coordonnees) * 10) / 10 : null }));
  return found.sort((a, b) => (a.distanceKm ?? 0) - (b.distanceKm ?? 0) || a.nom.localeCompare(b.nom, "fr"));
}
