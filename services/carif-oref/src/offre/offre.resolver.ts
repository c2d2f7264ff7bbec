import { Arg, Args, Ctx, ID, Info, Query, Resolver } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { facettesDemandees } from "@prisme/common";
import type { CarifOrefContext } from "../context";
import { checkOffreId } from "../common/identifiers";
import { OffreFormation, OffreFormationConnection } from "./offre.type";
import { OffresArgs } from "./offres.args";
import { offreQuery } from "./offres.criteria";
import { pageOffres } from "./offres.page";

@Resolver(() => OffreFormation)
export class OffreResolver {
  @Query(() => OffreFormation, { nullable: true, description: "Une offre par son numéro LHEO (retirées comprises) ; null si elle est inconnue." })
  offre(@Arg("id", () => ID, { description: "Numéro LHEO de la formation, par exemple AUV-OF-000101." }) id: string, @Ctx() ctx: CarifOrefContext) {
    return ctx.loaders.offre.load(checkOffreId(id));
  }

  @Query(() => OffreFormationConnection, {
    description:
      "Les offres en cours (non retirées), par recherche plein texte et filtres : par pertinence avec une recherche, sinon par intitulé ; avec proximite, les plus proches d'abord. Avec le décompte de chaque filtre (facettes).",
  })
  async offres(@Args(() => OffresArgs) args: OffresArgs, @Ctx() ctx: CarifOrefContext, @Info() info: GraphQLResolveInfo) {
    return pageOffres(ctx, await offreQuery(args, ctx.centreDe, facettesDemandees(info), (await ctx.read()).formacodes), args, info);
  }
}

/** Federation entry point: { id } representations, batched by DataLoader. */
export const resolveOffreReference = (ref: { id: string }, ctx: CarifOrefContext) => ctx.loaders.offre.load(ref.id);
