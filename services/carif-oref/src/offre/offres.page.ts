import { pageWindow, toConnection, type ConnectionArgs, type ConnectionShape } from "@prisme/common";
import type { CarifOrefContext } from "../context";
import type { LinkQuery } from "../search/offre-links";
import type { OffreDoc } from "./offre.model";
import type { PointRayon } from "./offres.args";
import { checkPointRayon } from "./offres.criteria";

/**
 * One page of the current offers linked to an entity by `field` (a métier's ROME codes, a commune's
 * INSEE code…): the ids come from the in-memory links, and only the page's offers are read, by _id,
 * batched with every other page of the request. With `autourDe`, only the offers taught within the
 * radius, nearest first, each with its distanceKm.
 */
export async function linkedOffres(
  ctx: CarifOrefContext,
  query: LinkQuery,
  args: ConnectionArgs & { autourDe?: PointRayon | null },
): Promise<ConnectionShape<OffreDoc & { distanceKm?: number | null }>> {
  let ids = (await ctx.search.links()).ids(query);
  let distances: Map<string, number> | null = null;
  if (args.autourDe) {
    const near = await ctx.search.nearest(checkPointRayon(args.autourDe));
    distances = near;
    ids = ids.filter((id) => near.has(id)).sort((a, b) => near.get(a)! - near.get(b)! || (a < b ? -1 : 1));
  }
  const window = pageWindow(args);
  const docs = await ctx.loaders.offre.loadMany(ids.slice(window.offset, window.offset + window.limit));
  // An offer removed or withdrawn since the links were built is skipped rather than failing the page.
  const nodes = docs.filter((doc): doc is OffreDoc => !!doc && !(doc instanceof Error) && !doc.retiree);
  return toConnection(distances ? nodes.map((doc) => ({ ...doc, distanceKm: Math.round(distances.get(doc.id)! * 100) / 100 })) : nodes, window, ids.length);
}
