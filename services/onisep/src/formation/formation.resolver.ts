import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { ConnectionArgs, connectionFromTable, facettesDemandees, facetteValeurs, pageRequest, verifierIdentifiant } from "@prisme/common";
import type { OnisepContext } from "../context";
import { sousDomaineKeys } from "../common/text";
import { MetierConnection } from "../metier/metier.type";
import { metierConnection } from "../metier/metiers.page";
import type { OnisepState } from "../read-model/onisep.read-model";
import { FormationsArgs, formationQuery } from "../search/search.args";
import { FicheFormation } from "./fiche-formation.type";
import type { FormationDoc } from "./formation.model";
import { Formation, FormationConnection } from "./formation.type";

/** Labels of facet values: the level's name, the type's and the domaine's libellés as the records write them. */
function facettes(state: OnisepState, counts: Record<string, { value: string | number | boolean; count: number }[]>) {
  const niveaux: Record<string, string> = { "3": "CAP, BEP (niveau 3)", "4": "Bac (niveau 4)", "5": "Bac + 2 (niveau 5)", "6": "Bac + 3, bac + 4 (niveau 6)", "7": "Bac + 5 (niveau 7)", "8": "Doctorat (niveau 8)" };
  const domaines = new Map(state.domaines().map((d) => [d.libelle.toLowerCase(), d.libelle]));
  return {
    niveau: facetteValeurs(counts.niveau, (v) => niveaux[v] ?? `niveau ${v}`),
    type: facetteValeurs(counts.type, (v) => v.toUpperCase().length <= 6 ? v.toUpperCase() : v),
    domaine: facetteValeurs(counts.domaine, (v) => domaines.get(v) ?? v),
  };
}

@Resolver(() => Formation)
export class FormationResolver {
  @Query(() => Formation, { nullable: true, description: "Une formation par son identifiant Onisep (FOR.nnnn) ; null si elle est inconnue." })
  async formation(@Arg("id", () => ID, { description: "Identifiant Onisep de la formation, par exemple FOR.1234." }) id: string, @Ctx() ctx: OnisepContext) {
    const checked = verifierIdentifiant("idFormation", id, "id");
    return (await ctx.read()).formations.get(checked) ?? null;
  }

  @Query(() => FormationConnection, {
    description: "Les formations : toutes, par libellé, ou celles d'une recherche (classées par pertinence) et des filtres donnés (domaine, niveau, type, codeRome, codeRncp), avec le décompte de chaque filtre (facettes).",
  })
  async formations(@Args(() => FormationsArgs) args: FormationsArgs, @Ctx() ctx: OnisepContext, @Info() info: GraphQLResolveInfo) {
    const query = formationQuery(args, facettesDemandees(info));
    const state = await ctx.read();
    const result = state.formations.query(query, pageRequest(args));
    return { ...connectionFromTable(result), facettes: facettes(state, result.facets) };
  }

  @FieldResolver(() => FicheFormation, { nullable: true, description: "La fiche descriptive Onisep de la formation (description, accès, poursuites d'études, en HTML nettoyé) ; null si elle n'est pas importée." })
  async fiche(@Root() formation: FormationDoc, @Ctx() ctx: OnisepContext) {
    return (await ctx.read()).fichesFormations.get(formation.id) ?? null;
  }

  @FieldResolver(() => MetierConnection, { description: "Les métiers auxquels la formation mène : ceux qui partagent un de ses codes ROME ; quand aucun n'en partage, ceux qui partagent un de ses sous-domaines Onisep." })
  async metiers(@Root() formation: FormationDoc, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: OnisepContext, @Info() info: GraphQLResolveInfo) {
    const state = await ctx.read();
    const byRome = (formation.codesRome ?? []).some((code) => state.metiers.countWith("codeRome", code) > 0);
    const where = byRome ? { codeRome: formation.codesRome ?? [] } : { sousDomaine: sousDomaineKeys(formation.domaines ?? []) };
    return metierConnection(state, { where }, args, info);
  }
}

/** Federation entry point: { id } representations. */
export const resolveFormationReference = async (ref: { id: string }, ctx: OnisepContext) => (await ctx.read()).formations.get(ref.id) ?? null;
