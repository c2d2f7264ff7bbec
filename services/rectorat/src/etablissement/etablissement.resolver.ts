import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { Provenance } from "@prisme/common";
import { Academie, academieParCode } from "../academie/academie.type";
import { checkUai } from "../common/identifiers";
import { Commune } from "../commune/commune.type";
import type { RectoratContext } from "../context";
import { Departement } from "../departement/departement.type";
import { Section, TypeEtablissement, Voie } from "./etablissement.enum";
import { pageEtablissements } from "./etablissement.search.service";
import { Etablissement, EtablissementConnection } from "./etablissement.type";
import { CiosArgs, EtablissementsArgs } from "./etablissements.args";

@Resolver(() => Etablissement)
export class EtablissementResolver {
  @Query(() => Etablissement, { nullable: true, description: "An établissement by its UAI (e.g. 0630022G); null if unknown." })
  etablissement(@Arg("uai", () => ID) uai: string, @Ctx() ctx: RectoratContext) {
    return ctx.loaders.etablissement.load(checkUai(uai));
  }

  @Query(() => EtablissementConnection, {
    description: "Établissements: by name (full text), filters, or near a point (nearest first); otherwise by name.",
  })
  etablissements(@Args(() => EtablissementsArgs) args: EtablissementsArgs, @Ctx() ctx: RectoratContext) {
    return pageEtablissements(ctx, args);
  }

  @Query(() => EtablissementConnection, { description: "Centres d'information et d'orientation (CIO), nearest first when a point is given." })
  cios(@Args(() => CiosArgs) args: CiosArgs, @Ctx() ctx: RectoratContext) {
    return pageEtablissements(ctx, { ...args, types: [TypeEtablissement.CIO] });
  }

  @FieldResolver(() => Commune, { nullable: true, description: "Its commune; the region subgraph gives the rest." })
  commune(@Root() etablissement: Etablissement): Commune | null {
    return etablissement.codeCommune ? { code: etablissement.codeCommune } : null;
  }

  @FieldResolver(() => Departement, { nullable: true })
  departement(@Root() etablissement: Etablissement): Departement | null {
    return etablissement.codeDepartement ? { code: etablissement.codeDepartement } : null;
  }

  @FieldResolver(() => Academie, { nullable: true })
  academie(@Root() etablissement: Etablissement): Academie | null {
    return academieParCode(etablissement.codeAcademie);
  }

  @FieldResolver(() => [Voie])
  voies(@Root() etablissement: Etablissement): Voie[] {
    return etablissement.voies ?? [];
  }

  @FieldResolver(() => [Section])
  sections(@Root() etablissement: Etablissement): Section[] {
    return etablissement.sections ?? [];
  }

  @FieldResolver(() => [Provenance], { description: "Every dataset that describes it (Annuaire, géolocalisation…), main one first." })
  sources(@Root() etablissement: Etablissement): Provenance[] {
    return ["annuaire", "geolocalisation", "demo"].flatMap((source) => (etablissement.origines?.[source] ? [etablissement.origines[source]!.provenance] : []));
  }
}

/** Federation entry point: the gateway hands over { uai } representations, batched by DataLoader. */
export const resolveEtablissementReference = (ref: { uai: string }, ctx: RectoratContext) => ctx.loaders.etablissement.load(ref.uai);
