import { connectionFromTable, pageRequest, type ConnectionArgs, type ConnectionShape, type TableQuery, type TableResult } from "@prisme/common";
import type { CarifOrefContext } from "../context";
import type { OffreEntry } from "../read-model/offre.entry";
import type { OffreDoc } from "./offre.model";

export type OffreNode = OffreDoc & { distanceKm: number | null };

/** A page of offers from the read model: the whole offers of the page are read by _id, batched with every other page of the request. */
export async function offreConnection(ctx: CarifOrefContext, result: TableResult<OffreEntry>): Promise<ConnectionShape<OffreNode>> {
  const docs = await ctx.loaders.offre.loadMany(result.hits.map((hit) => hit.entry._id));
  return connectionFromTable(result, (hit, index) => {
    const doc = docs[index];
    // An offer removed or withdrawn since the read model last changed is left out of the page.
    return doc && !(doc instanceof Error) && !doc.retiree ? { ...doc, distanceKm: hit.distanceKm } : null;
  });
}

/** One page of the current offers matching a read-model query. */
export async function pageOffres(ctx: CarifOrefContext, query: TableQuery, args: ConnectionArgs): Promise<ConnectionShape<OffreNode>> {
  const page = pageRequest(args);
  return offreConnection(ctx, (await ctx.read()).offres.query(query, page));
}

/** The current offers linked to an entity by codes (a métier's ROME codes, a commune's INSEE code…), by intitulé. */
export const linkedOffres = (ctx: CarifOrefContext, where: NonNullable<TableQuery["where"]>, args: ConnectionArgs) => pageOffres(ctx, { where }, args);
