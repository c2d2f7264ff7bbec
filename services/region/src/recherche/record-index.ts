import { create, insertMultiple, search, type AnySchema } from "@orama/orama";
import type { Model } from "mongoose";
import { distanceKm, type CoordonneesDoc } from "@prisme/common";
import { indexCache } from "./index-cache";

/** A point and a radius, as the `pres` arguments give them. */
export interface Pres {
  point: CoordonneesDoc;
  rayonKm: number;
}

type Located = { id: string; coordonnees?: CoordonneesDoc | null };

/**
 * An in-memory Orama index of a whole collection of small records (events, SPRO structures) with
 * their point, kept by indexCache: `find` returns the records matching an Orama `where`, within
 * `pres` when given, each with its distance in km (one decimal).
 */
export function recordIndex<D extends Located>(schema: AnySchema, toRow: (doc: D) => Record<string, unknown>) {
  const cache = indexCache(async (model) => {
    const docs = await (model as unknown as Model<D>).find({}, { _id: 0 }).lean<D[]>();
    const orama = create({ schema: { ...schema, location: "geopoint" } });
    await insertMultiple(
      orama,
      docs.map((doc) => ({
        id: doc.id,
        ...toRow(doc),
        // Orama skips an absent property: a record without a point is never "near".
        ...(doc.coordonnees ? { location: { lat: doc.coordonnees.latitude, lon: doc.coordonnees.longitude } } : {}),
      })) as never,
      1000,
    );
    return { orama, records: new Map(docs.map((doc) => [doc.id, doc])) };
  });

  return {
    /** Writers in this process (importers, demo seed, mutations) call it so that the next read sees their data. */
    invalidate: (model: Model<D>): void => cache.invalidate(model),

    async find(model: Model<D>, where: Record<string, unknown>, pres: Pres | null | undefined): Promise<(D & { distanceKm: number | null })[]> {
      const index = await cache.get(model as unknown as Model<never>);
      const near = pres ? { location: { radius: { coordinates: { lat: pres.point.latitude, lon: pres.point.longitude }, unit: "km", value: pres.rayonKm, inside: true } } } : {};
      const result = await search(index.orama, { term: "", where: { ...where, ...near } as never, limit: 100_000 });
      return result.hits
        .map((hit) => index.records.get(hit.id))
        .filter((doc): doc is D => doc != null)
        .map((doc) => ({ ...doc, distanceKm: pres && doc.coordonnees ? Math.round(distanceKm(pres.point, doc.coordonnees) * 10) / 10 : null }));
    },
  };
}
