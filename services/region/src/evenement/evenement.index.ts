import { create, insertMultiple, search, type Orama } from "@orama/orama";
import type { Model } from "mongoose";
import { distanceKm, type CoordonneesDoc } from "@prisme/common";
import { indexCache } from "../recherche/index-cache";
import type { TypeEvenement } from "./evenement.enum";
import type { EvenementDoc } from "./evenement.model";

const schema = { type: "enum", metierIds: "enum[]", formationIds: "enum[]", uais: "enum[]", location: "geopoint" } as const;

interface EvenementIndex {
  orama: Orama<typeof schema>;
  evenements: Map<string, EvenementDoc>;
}

async function build(model: Model<EvenementDoc>): Promise<EvenementIndex> {
  const docs = await model.find({}, { _id: 0 }).lean<EvenementDoc[]>();
  const orama = create({ schema });
  await insertMultiple(
    orama,
    docs.map((doc) => ({
      id: doc.id,
      type: doc.type,
      metierIds: doc.metierIds,
      formationIds: doc.formationIds,
      uais: doc.uais,
      ...(doc.coordonnees ? { location: { lat: doc.coordonnees.latitude, lon: doc.coordonnees.longitude } } : {}),
    })) as never,
    1000,
  );
  return { orama, evenements: new Map(docs.map((doc) => [doc.id, doc])) };
}

const cache = indexCache((model) => build(model as unknown as Model<EvenementDoc>));
export const invalidateEvenementIndex = (model: Model<EvenementDoc>): void => cache.invalidate(model);

export interface EvenementFilter {
  /** Events still running at or after this instant (default: now, so past events leave the lists). */
  du: Date;
  /** Events starting before this instant. */
  au?: Date | null;
  type?: TypeEvenement | null;
  metier?: string | null;
  formation?: string | null;
  uai?: string | null;
  pres?: { point: CoordonneesDoc; rayonKm: number } | null;
}

export type EvenementTrouve = EvenementDoc & { distanceKm: number | null };

/** Events matching the filter, soonest first (then nearest). */
export async function chercherEvenements(model: Model<EvenementDoc>, filter: EvenementFilter): Promise<EvenementTrouve[]> {
  const index = await cache.get(model as unknown as Model<never>);
  const where: Record<string, unknown> = {};
  if (filter.type) where.type = { eq: filter.type };
  if (filter.metier) where.metierIds = { containsAll: [filter.metier] };
  if (filter.formation) where.formationIds = { containsAll: [filter.formation] };
  if (filter.uai) where.uais = { containsAll: [filter.uai] };
  if (filter.pres) {
    where.location = { radius: { coordinates: { lat: filter.pres.point.latitude, lon: filter.pres.point.longitude }, unit: "km", value: filter.pres.rayonKm, inside: true } };
  }
  const result = await search(index.orama, { term: "", where: where as never, limit: 100_000 });
  return result.hits
    .map((hit) => index.evenements.get(hit.id))
    .filter((doc): doc is EvenementDoc => doc != null && doc.fin >= filter.du && (filter.au == null || doc.debut <= filter.au))
    .map((doc) => ({ ...doc, distanceKm: filter.pres && doc.coordonnees ? Math.round(distanceKm(filter.pres.point, doc.coordonnees) * 10) / 10 : null }))
    .sort((a, b) => a.debut.getTime() - b.debut.getTime() || (a.distanceKm ?? 0) - (b.distanceKm ?? 0));
}
