import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { assertIdentifier, ConnectionArgs } from "@prisme/common";
import type { CarifOrefContext } from "../context";
import { SIRET } from "../common/siret";
import { OffreFormationConnection } from "../offre/offre.type";
import { linkedOffres } from "../offre/offres.page";
import type { OrganismeDoc } from "./organisme.model";
import { OrganismeFormation } from "./organisme.type";

const checkSiret = (siret: string) => assertIdentifier(siret, SIRET, "SIRET", "19630001500017", "siret");

@Resolver(() => OrganismeFormation)
export class OrganismeResolver {
  @Query(() => OrganismeFormation, { nullable: true, description: "An organisme de formation by SIRET; null if unknown." })
  async organismeFormation(@Arg("siret", () => String) siret: string, @Ctx() ctx: CarifOrefContext) {
    const checked = checkSiret(siret);
    return (await ctx.read()).organismes.get(checked) ?? null;
  }

  @FieldResolver(() => OffreFormationConnection, { description: "Its current offers (as organisme responsable)." })
  async offres(@Root() organisme: OrganismeDoc, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: CarifOrefContext) {
    return linkedOffres(ctx, { siret: [organisme.siret] }, args);
  }
}

/** Federation entry point: { siret } representations. */
export const resolveOrganismeReference = async (ref: { siret: string }, ctx: CarifOrefContext) => (await ctx.read()).organismes.get(ref.siret) ?? null;
