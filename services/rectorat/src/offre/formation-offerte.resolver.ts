import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RectoratContext } from "../context";
import { Formation } from "../formation/formation.type";
import type { OffreDoc } from "./offre.model";
import { FormationOfferte } from "./formation-offerte.type";

@Resolver(() => FormationOfferte)
export class FormationOfferteResolver {
  @FieldResolver(() => String, { nullable: true, description: "Its label: the platform's own, else the BCN MEF label." })
  async libelle(@Root() offre: OffreDoc, @Ctx() ctx: RectoratContext) {
    if (offre.libelle) return offre.libelle;
    const { mef } = (await ctx.read()).decodage.decode(offre);
    return mef?.libelleLong ?? mef?.libelleCourt ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: "Diploma code (CFD) the MEF leads to, from the BCN; null when not decoded." })
  async cfd(@Root() offre: OffreDoc, @Ctx() ctx: RectoratContext) {
    return (await ctx.read()).decodage.decode(offre).cfd;
  }

  // Items nullable: Certif Info may link a FOR id the Onisep subgraph does not hold, which the
  // gateway then resolves to null; a non-null item would void the whole offer list.
  @FieldResolver(() => [Formation], { nullable: "items", description: "The Onisep formations it corresponds to (through Certif Info); empty when not linked; null for one Onisep does not know." })
  async formations(@Root() offre: OffreDoc, @Ctx() ctx: RectoratContext): Promise<Formation[]> {
    return (await ctx.read()).decodage.decode(offre).formationIds.map((id) => ({ id }));
  }
}
