import { Arg, Args, Ctx, FieldResolver, ID, Resolver, Root } from "type-graphql";
import { ConnectionArgs, connectionFromArray } from "@prisme/common";
import type { RectoratContext } from "../context";
import { PopulationInsertion } from "../insertion/insertion.enum";
import { insertionsDe, parMillesime } from "../insertion/insertion.order";
import { Insertion, InsertionConnection } from "../insertion/insertion.type";
import { StatutFormation } from "../offre/offre.enum";
import { FormationOfferteConnection } from "../offre/formation-offerte.type";
import type { OffreDoc } from "../offre/offre.model";
import type { EtablissementEntree } from "../read-model/etablissement.entree";
import { Etablissement } from "./etablissement.type";

const parCle = (a: OffreDoc, b: OffreDoc) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0);

@Resolver(() => Etablissement)
export class EtablissementOffresResolver {
  @FieldResolver(() => FormationOfferteConnection, { description: "Formations it offers (Affelnet, Parcoursup), with places and wishes." })
  async formations(
    @Root() etablissement: EtablissementEntree,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("statut", () => StatutFormation, { nullable: true }) statut: StatutFormation | null | undefined,
    @Arg("formation", () => ID, { nullable: true, description: "Only the offers linked to this Onisep formation (FOR.nnnn)." }) formation: string | null | undefined,
    @Ctx() ctx: RectoratContext,
  ) {
    const { offres, decodage } = await ctx.read();
    const retenues = offres
      .of(etablissement.uai)
      .filter((o) => (statut == null || o.statut === statut) && (formation == null || decodage.decode(o).formationIds.includes(formation)))
      .sort(parCle);
    return connectionFromArray(retenues, args, (o) => [o._id]);
  }

  @FieldResolver(() => InsertionConnection, { description: "InserJeunes indicators, newest millésime first." })
  async insertions(
    @Root() etablissement: EtablissementEntree,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("population", () => PopulationInsertion, { nullable: true }) population: PopulationInsertion | null | undefined,
    @Ctx() ctx: RectoratContext,
  ) {
    return connectionFromArray(insertionsDe(await ctx.read(), etablissement.uai, population), args, parMillesime);
  }

  @FieldResolver(() => Insertion, { nullable: true, description: "The latest InserJeunes indicators (of one population, or its first one)." })
  async derniereInsertion(
    @Root() etablissement: EtablissementEntree,
    @Arg("population", () => PopulationInsertion, { nullable: true }) population: PopulationInsertion | null | undefined,
    @Ctx() ctx: RectoratContext,
  ) {
    return insertionsDe(await ctx.read(), etablissement.uai, population)[0] ?? null;
  }
}
