import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { connectionFromTable, pageRequest, Provenance } from "@prisme/common";
import { Academie, academieParCode } from "../academie/academie.type";
import { checkUai } from "../common/identifiers";
import { Commune } from "../commune/commune.type";
import type { RectoratContext } from "../context";
import { Departement } from "../departement/departement.type";
import type { EtablissementEntree } from "../read-model/etablissement.entree";
import { Section, TypeEtablissement, Voie } from "./etablissement.enum";
import { Etablissement, EtablissementConnection } from "./etablissement.type";
import { CiosArgs, EtablissementsArgs } from "./etablissements.args";
import { avecDistance, etablissementsQuery } from "./etablissements.query";

@Resolver(() => Etablissement)
export class EtablissementResolver {
  @Query(() => Etablissement, { nullable: true, description: "An établissement by its UAI (e.g. 0630022G); null if unknown." })
  async etablissement(@Arg("uai", () => ID) uai: string, @Ctx() ctx: RectoratContext) {
    const checked = checkUai(uai);
    return (await ctx.read()).etablissements.get(checked) ?? null;
  }

  @Query(() => EtablissementConnection, {
    description: "Établissements: by name (full text), filters, or near a point (nearest first); otherwise by name.",
  })
  async etablissements(@Args(() => EtablissementsArgs) args: EtablissementsArgs, @Ctx() ctx: RectoratContext) {
    const query = etablissementsQuery(args);
    return connectionFromTable((await ctx.read()).etablissements.query(query, pageRequest(args)), avecDistance);
  }

  @Query(() => EtablissementConnection, { description: "Centres d'information et d'orientation (CIO), nearest first when a point is given." })
  async cios(@Args(() => CiosArgs) args: CiosArgs, @Ctx() ctx: RectoratContext) {
    const query = etablissementsQuery({ presDe: args.presDe, types: [TypeEtablissement.CIO] });
    return connectionFromTable((await ctx.read()).etablissements.query(query, pageRequest(args)), avecDistance);
  }

  @FieldResolver(() => Commune, { nullable: true, description: "Its commune; the region subgraph gives the rest." })
  commune(@Root() etablissement: EtablissementEntree): Commune | null {
    return etablissement.codeCommune ? { code: etablissement.codeCommune } : null;
  }

  @FieldResolver(() => Departement, { nullable: true })
  departement(@Root() etablissement: EtablissementEntree): Departement | null {
    return etablissement.codeDepartement ? { code: etablissement.codeDepartement } : null;
  }

  @FieldResolver(() => Academie, { nullable: true })
  academie(@Root() etablissement: EtablissementEntree): Academie | null {
    return academieParCode(etablissement.codeAcademie);
  }

  @FieldResolver(() => [Voie])
  voies(@Root() etablissement: EtablissementEntree): Voie[] {
    return etablissement.voies ?? [];
  }

  @FieldResolver(() => [Section])
  sections(@Root() etablissement: EtablissementEntree): Section[] {
    return etablissement.sections ?? [];
  }

  @FieldResolver(() => [Provenance], { description: "Every dataset that describes it (Annuaire, géolocalisation…), main one first." })
  sources(@Root() etablissement: EtablissementEntree): Provenance[] {
    return etablissement.sources;
  }
}

/** Federation entry point: the gateway hands over { uai } representations, answered from memory. */
export const resolveEtablissementReference = async (ref: { uai: string }, ctx: RectoratContext) => (await ctx.read()).etablissements.get(ref.uai) ?? null;
