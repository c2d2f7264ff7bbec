import { Arg, Args, Ctx, FieldResolver, ID, Resolver, Root } from "type-graphql";
import { ConnectionArgs, connectionFromArray, verifierIdentifiant } from "@prisme/common";
import type { RectoratContext } from "../context";
import { PopulationInsertion } from "../insertion/insertion.enum";
import { insertionsDe, parMillesime } from "../insertion/insertion.order";
import { Insertion, InsertionConnection } from "../insertion/insertion.type";
import { StatutFormation } from "../offre/offre.enum";
import { FormationEnEtablissementConnection } from "../offre/formation-en-etablissement.type";
import type { OffreDoc } from "../offre/offre.model";
import type { EtablissementEntree } from "../read-model/etablissement.entree";
import { Etablissement } from "./etablissement.type";

const parCle = (a: OffreDoc, b: OffreDoc) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0);
const POPULATION = "Seulement les indicateurs de cette population de sortants ; par défaut toutes.";

@Resolver(() => Etablissement)
export class EtablissementOffresResolver {
  @FieldResolver(() => FormationEnEtablissementConnection, {
    description:
      "Les formations initiales qu'il propose : d'après Affelnet et Parcoursup (places et vœux) et le constat de rentrée (élèves inscrits), triées par source, puis code MEFSTAT11, puis statut.",
  })
  async formations(
    @Root() etablissement: EtablissementEntree,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("statut", () => StatutFormation, { nullable: true, description: "Seulement celles suivies sous ce statut, scolaire ou en apprentissage." }) statut: StatutFormation | null | undefined,
    @Arg("formation", () => ID, { nullable: true, description: "Seulement celles reliées à cette formation Onisep : son identifiant, par exemple FOR.1349." }) formation: string | null | undefined,
    @Ctx() ctx: RectoratContext,
  ) {
    const id = formation == null ? null : verifierIdentifiant("idFormation", formation, "formation");
    const { offres, decodage } = await ctx.read();
    const retenues = offres
      .of(etablissement.uai)
      .filter((o) => (statut == null || o.statut === statut) && (id == null || decodage.decode(o).formationIds.includes(id)))
      .sort(parCle);
    return connectionFromArray(retenues, args, (o) => [o._id]);
  }

  @FieldResolver(() => InsertionConnection, { description: "Ses indicateurs InserJeunes, du millésime le plus récent au plus ancien, puis par population." })
  async insertions(
    @Root() etablissement: EtablissementEntree,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("population", () => PopulationInsertion, { nullable: true, description: POPULATION }) population: PopulationInsertion | null | undefined,
    @Ctx() ctx: RectoratContext,
  ) {
    return connectionFromArray(insertionsDe(await ctx.read(), etablissement.uai, population), args, parMillesime);
  }

  @FieldResolver(() => Insertion, {
    nullable: true,
    description: "Ses indicateurs InserJeunes du millésime le plus récent : de la population demandée, sinon de la première qu'il a (dans l'ordre de PopulationInsertion) ; null s'il n'en a pas.",
  })
  async derniereInsertion(
    @Root() etablissement: EtablissementEntree,
    @Arg("population", () => PopulationInsertion, { nullable: true, description: "La population de sortants voulue ; par défaut la première qu'il a." }) population: PopulationInsertion | null | undefined,
    @Ctx() ctx: RectoratContext,
  ) {
    return insertionsDe(await ctx.read(), etablissement.uai, population)[0] ?? null;
  }
}
