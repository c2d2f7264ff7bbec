import { pageWindow, toConnection, type ConnectionArgs, type ConnectionShape } from "@prisme/common";
import type { CarifOrefContext } from "../context";
import type { LinkQuery } from "../search/offre-links";
import type { OffreDoc } from "./offre.model";

/**
 * One page of the current offers linked to an entity by `field` (a métier's ROME codes, a commune's
 * INSEE code…): the ids come from the in-memory links, and only the page's offers are read, by _id,
 * batched with every other page of the request.
 */
export async function linkedOffres(ctx: CarifOrefContext, query: LinkQuery, args: ConnectionArgs): Promise<ConnectionShape<OffreDoc>> {
  const ids = (await ctx.search.links()).ids(query);
  const window = pageWindow(args);
  const docs = await ctx.loaders.offre.loadMany(ids.slice(window.offset, window.offset + window.limit));
  // An offer removed or withdrawn since the links were built is skipped rather than failing the page.
  return toConnection(
    docs.filter((doc): doc is OffreDoc => !!doc && !(doc instanceof Error) && !doc.retiree),
    window,
    ids.length,
  );
}
