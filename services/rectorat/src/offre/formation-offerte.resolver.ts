import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RectoratContext } from "../context";
import { Formation } from "../formation/formation.type";
import { decodeOffre } from "./offre.decode";
import type { OffreDoc } from "./offre.model";
import { FormationOfferte } from "./formation-offerte.type";

/** An offer decoded through the request's loaders (BCN MEF row, then Certif Info links of its CFD). */
export async function decoder(offre: Pick<OffreDoc, "mefStat11" | "formationIds">, ctx: RectoratContext) {
  const mef = offre.mefStat11 ? await ctx.loaders.mefByStat11.load(offre.mefStat11) : null;
  const lien = mef ? await ctx.loaders.lienByCfd.load(mef.cfd) : null;
  return decodeOffre(offre, mef, lien);
}

/** The Onisep FOR ids an offer is linked to. */
export const formationIdsDe = async (offre: Pick<OffreDoc, "mefStat11" | "formationIds">, ctx: RectoratContext) => (await decoder(offre, ctx)).formationIds;

@Resolver(() => FormationOfferte)
export class FormationOfferteResolver {
  @FieldResolver(() => String, { nullable: true, description: "Its label: the platform's own, else the BCN MEF label." })
  async libelle(@Root() offre: FormationOfferte, @Ctx() ctx: RectoratContext) {
    if (offre.libelle) return offre.libelle;
    const { mef } = await decoder(offre, ctx);
    return mef?.libelleLong ?? mef?.libelleCourt ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: "Diploma code (CFD) the MEF leads to, from the BCN; null when not decoded." })
  async cfd(@Root() offre: FormationOfferte, @Ctx() ctx: RectoratContext) {
    return (await decoder(offre, ctx)).cfd;
  }

  @FieldResolver(() => [Formation], { description: "The Onisep formations it corresponds to (through Certif Info); empty when not linked." })
  async formations(@Root() offre: FormationOfferte, @Ctx() ctx: RectoratContext): Promise<Formation[]> {
    return (await decoder(offre, ctx)).formationIds.map((id) => ({ id }));
  }
}
