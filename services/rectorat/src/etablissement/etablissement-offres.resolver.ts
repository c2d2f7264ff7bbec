import { Arg, Args, Ctx, FieldResolver, ID, Resolver, Root } from "type-graphql";
import { ConnectionArgs, connectionFromArray } from "@prisme/common";
import type { RectoratContext } from "../context";
import { PopulationInsertion } from "../insertion/insertion.enum";
import type { InsertionDoc } from "../insertion/insertion.model";
import { Insertion, InsertionConnection } from "../insertion/insertion.type";
import { StatutFormation } from "../offre/offre.enum";
import { FormationOfferteConnection } from "../offre/formation-offerte.type";
import { formationIdsDe } from "../offre/formation-offerte.resolver";
import { Etablissement } from "./etablissement.type";

// Newest millésime first, then population in the enum's order.
const POPULATIONS = Object.values(PopulationInsertion);
const parMillesime = (a: InsertionDoc, b: InsertionDoc) => (a.millesime < b.millesime ? 1 : a.millesime > b.millesime ? -1 : POPULATIONS.indexOf(a.population) - POPULATIONS.indexOf(b.population));

@Resolver(() => Etablissement)
export class EtablissementOffresResolver {
  @FieldResolver(() => FormationOfferteConnection, { description: "Formations it offers (Affelnet, Parcoursup), with places and wishes." })
  async formations(
    @Root() etablissement: Etablissement,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("statut", () => StatutFormation, { nullable: true }) statut: StatutFormation | null | undefined,
    @Arg("formation", () => ID, { nullable: true, description: "Only the offers linked to this Onisep formation (FOR.nnnn)." }) formation: string | null | undefined,
    @Ctx() ctx: RectoratContext,
  ) {
    let offres = (await ctx.loaders.offresByUai.load(etablissement.uai)).filter((o) => statut == null || o.statut === statut);
    if (formation != null) {
      const ids = await Promise.all(offres.map((o) => formationIdsDe(o, ctx)));
      offres = offres.filter((_, i) => ids[i].includes(formation));
    }
    offres.sort((a, b) => (a.cle < b.cle ? -1 : a.cle > b.cle ? 1 : 0));
    return connectionFromArray(offres, args);
  }

  @FieldResolver(() => InsertionConnection, { description: "InserJeunes indicators, newest millésime first." })
  async insertions(
    @Root() etablissement: Etablissement,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("population", () => PopulationInsertion, { nullable: true }) population: PopulationInsertion | null | undefined,
    @Ctx() ctx: RectoratContext,
  ) {
    const all = await ctx.loaders.insertionsByUai.load(etablissement.uai);
    return connectionFromArray(all.filter((i) => population == null || i.population === population).sort(parMillesime), args);
  }

  @FieldResolver(() => Insertion, { nullable: true, description: "The latest InserJeunes indicators (of one population, or its first one)." })
  async derniereInsertion(
    @Root() etablissement: Etablissement,
    @Arg("population", () => PopulationInsertion, { nullable: true }) population: PopulationInsertion | null | undefined,
    @Ctx() ctx: RectoratContext,
  ) {
    const all = await ctx.loaders.insertionsByUai.load(etablissement.uai);
    return all.filter((i) => population == null || i.population === population).sort(parMillesime)[0] ?? null;
  }
}
