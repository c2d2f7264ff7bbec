import { Arg, Args, Ctx, ID, Query, Resolver } from "type-graphql";
import type { CarifOrefContext } from "../context";
import { checkOffreId } from "../common/identifiers";
import { OffreFormation, OffreFormationConnection } from "./offre.type";
import { OffresArgs } from "./offres.args";
import { offreQuery } from "./offres.criteria";
import { pageOffres } from "./offres.page";

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
    return pageOffres(ctx, offreQuery(args), args);
  }
}

/** Federation entry point: { id } representations, batched by DataLoader. */
export const resolveOffreReference = (ref: { id: string }, ctx: CarifOrefContext) => ctx.loaders.offre.load(ref.id);
