import { Arg, Args, Ctx, ID, Query, Resolver } from "type-graphql";
import { pageWindow, toConnection } from "@prisme/common";
import type { CarifOrefContext } from "../context";
import { checkOffreId } from "../common/identifiers";
import { OffreFormation, OffreFormationConnection } from "./offre.type";
import { OffresArgs } from "./offres.args";
import { criteriaFromArgs } from "./offres.criteria";

@Resolver(() => OffreFormation)
export class OffreResolver {
  @Query(() => OffreFormation, { nullable: true, description: "An offer by its LHEO formation numero (withdrawn ones too); null if unknown." })
  offre(@Arg("id", () => ID) id: string, @Ctx() ctx: CarifOrefContext) {
    return ctx.loaders.offre.load(checkOffreId(id));
  }

  @Query(() => OffreFormationConnection, {
    description: "Current offers (not withdrawn): by full text and filters, ranked by relevance when `texte` is given, else by intitulé; with `autourDe`, nearest first.",
  })
  async offres(@Args(() => OffresArgs) args: OffresArgs, @Ctx() ctx: CarifOrefContext) {
    const window = pageWindow(args);
    const criteria = criteriaFromArgs(args);
    const { total, hits } = await ctx.search.search(criteria, window);
    const docs = await ctx.loaders.offre.loadMany(hits.map((hit) => hit.id));
    // An offer removed between the index build and this read is skipped rather than failing the page.
    const nodes = docs.flatMap((doc, i) => (doc && !(doc instanceof Error) ? [{ ...doc, distanceKm: hits[i].distanceKm }] : []));
    return toConnection(nodes, window, total);
  }
}

/** Federation entry point: { id } representations, batched by DataLoader. */
export const resolveOffreReference = (ref: { id: string }, ctx: CarifOrefContext) => ctx.loaders.offre.load(ref.id);
