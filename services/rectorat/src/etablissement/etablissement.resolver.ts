import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { Provenance } from "@prisme/common";
import { Academie, academieParCode } from "../academie/academie.type";
import { verifierUai } from "../common/identifiers";
import { Commune } from "../commune/commune.type";
import type { RectoratContext } from "../context";
import { Departement } from "../departement/departement.type";
import type { EtablissementEntree } from "../read-model/etablissement.entree";
import { Section, TypeEtablissement, Voie } from "./etablissement.enum";
import { Etablissement, EtablissementConnection } from "./etablissement.type";
import { EtablissementsArgs, ProximiteArgs } from "./etablissements.args";
import { pageEtablissements } from "./etablissements.page";
import { etablissementsQuery } from "./etablissements.query";

@Resolver(() => Etablissement)
export class EtablissementResolver {
  @Query(() => Etablissement, { nullable: true, description: "Un établissement par son UAI ; null s'il est inconnu." })
  async etablissement(
    @Arg("uai", () => ID, { description: "UAI de l'établissement : 7 chiffres et une lettre de contrôle, par exemple 0630022G (minuscule acceptée)." }) uai: string,
    @Ctx() ctx: RectoratContext,
  ) {
    const checked = verifierUai(uai);
    return (await ctx.read()).etablissements.get(checked) ?? null;
  }

  @Query(() => EtablissementConnection, {
    description:
      "Les établissements et CIO : par nom ; ou ceux d'une recherche (classés par pertinence), des filtres donnés, d'un rayon autour d'un lieu (les plus proches d'abord), avec le décompte de chaque filtre (facettes).",
  })
  async etablissements(@Args(() => EtablissementsArgs) args: EtablissementsArgs, @Ctx() ctx: RectoratContext, @Info() info: GraphQLResolveInfo) {
    return pageEtablissements(ctx, await etablissementsQuery(args, ctx.centreDe), args, info);
  }

  @Query(() => EtablissementConnection, { description: "Les centres d'information et d'orientation (CIO) : par nom, ou les plus proches d'abord avec proximite." })
  async cios(@Args(() => ProximiteArgs) args: ProximiteArgs, @Ctx() ctx: RectoratContext, @Info() info: GraphQLResolveInfo) {
    const query = await etablissementsQuery({ proximite: args.proximite, presDe: args.presDe, types: [TypeEtablissement.CIO] }, ctx.centreDe);
    return pageEtablissements(ctx, query, args, info);
  }

  @FieldResolver(() => Commune, { nullable: true, description: "Sa commune (le sous-graphe région en donne le reste) ; null si aucune source ne la donne." })
  commune(@Root() etablissement: EtablissementEntree): Commune | null {
    return etablissement.codeCommune ? { code: etablissement.codeCommune } : null;
  }

  @FieldResolver(() => Departement, { nullable: true, description: "Son département (le sous-graphe région en donne le reste) ; null si aucune source ne le donne." })
  departement(@Root() etablissement: EtablissementEntree): Departement | null {
    return etablissement.codeDepartement ? { code: etablissement.codeDepartement } : null;
  }

  @FieldResolver(() => Academie, { nullable: true, description: "Son académie ; null si aucune source ne la donne." })
  academie(@Root() etablissement: EtablissementEntree): Academie | null {
    return academieParCode(etablissement.codeAcademie);
  }

  @FieldResolver(() => [Voie], { description: "Voies d'un lycée (générale, technologique, professionnelle) ; vide pour les autres établissements." })
  voies(@Root() etablissement: EtablissementEntree): Voie[] {
    return etablissement.voies ?? [];
  }

  @FieldResolver(() => [Section], { description: "Sections particulières (arts, sport, internationale…) ; vide s'il n'en a pas." })
  sections(@Root() etablissement: EtablissementEntree): Section[] {
    return etablissement.sections ?? [];
  }

  @FieldResolver(() => [Provenance], { description: "Tous les jeux de données qui décrivent l'établissement (Annuaire, géolocalisation…), le principal d'abord." })
  sources(@Root() etablissement: EtablissementEntree): Provenance[] {
    return etablissement.sources;
  }
}

/** Federation entry point: the gateway hands over { uai } representations, answered from memory. */
export const resolveEtablissementReference = async (ref: { uai: string }, ctx: RectoratContext) => (await ctx.read()).etablissements.get(ref.uai) ?? null;
