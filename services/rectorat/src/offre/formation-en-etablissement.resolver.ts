import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RectoratContext } from "../context";
import { Formation } from "../formation/formation.type";
import type { OffreDoc } from "./offre.model";
import { FormationEnEtablissement } from "./formation-en-etablissement.type";

@Resolver(() => FormationEnEtablissement)
export class FormationEnEtablissementResolver {
  @FieldResolver(() => String, { nullable: true, description: "Son libellé : celui de la plateforme (Parcoursup), sinon le libellé du MEF dans la BCN ; null s'il n'est pas décodé." })
  async libelle(@Root() offre: OffreDoc, @Ctx() ctx: RectoratContext) {
    if (offre.libelle) return offre.libelle;
    const { mef } = (await ctx.read()).decodage.decode(offre);
    return mef?.libelleLong ?? mef?.libelleCourt ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: "Code formation diplôme (CFD, 8 caractères) du diplôme que prépare le MEF, d'après la BCN ; null s'il n'est pas décodé." })
  async cfd(@Root() offre: OffreDoc, @Ctx() ctx: RectoratContext) {
    return (await ctx.read()).decodage.decode(offre).cfd;
  }

  // Items nullable: Certif Info may link a FOR id the Onisep subgraph does not hold, which the
  // gateway then resolves to null; a non-null item would void the whole offer list.
  @FieldResolver(() => [Formation], {
    nullable: "items",
    description: "Les formations Onisep auxquelles elle correspond (par Certif Info, du CFD à l'identifiant FOR) ; vide si elle n'est pas reliée ; null pour une formation que l'Onisep ne connaît pas.",
  })
  async formations(@Root() offre: OffreDoc, @Ctx() ctx: RectoratContext): Promise<Formation[]> {
    return (await ctx.read()).decodage.decode(offre).formationIds.map((id) => ({ id }));
  }
}
