import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { ConnectionArgs, verifierIdentifiant } from "@prisme/common";
import type { CarifOrefContext } from "../context";
import { OffreFormationConnection } from "../offre/offre.type";
import { linkedOffres } from "../offre/offres.page";
import type { OrganismeDoc } from "./organisme.model";
import { OrganismeFormation } from "./organisme.type";

@Resolver(() => OrganismeFormation)
export class OrganismeResolver {
  @Query(() => OrganismeFormation, { nullable: true, description: "Un organisme de formation par son SIRET ; null s'il est inconnu." })
  async organismeFormation(@Arg("siret", () => ID, { description: "SIRET de l'organisme, 14 chiffres (espaces ignorés)." }) siret: string, @Ctx() ctx: CarifOrefContext) {
    const checked = verifierIdentifiant("siret", siret, "siret");
    return (await ctx.read()).organismes.get(checked) ?? null;
  }

  @FieldResolver(() => OffreFormationConnection, { description: "Ses offres en cours (en tant qu'organisme responsable), par intitulé." })
  async offres(@Root() organisme: OrganismeDoc, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: CarifOrefContext, @Info() info: GraphQLResolveInfo) {
    return linkedOffres(ctx, { siret: [organisme.siret] }, args, info);
  }
}

/** Federation entry point: { siret } representations. */
export const resolveOrganismeReference = async (ref: { siret: string }, ctx: CarifOrefContext) => (await ctx.read()).organismes.get(ref.siret) ?? null;
