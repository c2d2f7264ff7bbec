import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { ConnectionArgs, connectionFromArray, connectionFromTable, pageRequest, verifierIdentifiant } from "@prisme/common";
import type { OnisepContext } from "../context";
import { sousDomaineKeys } from "../common/text";
import { LienMetierFormation, MetierFormationConnection } from "../formation/formation.type";
import { romesOf } from "../rome/rome.resolver";
import { RomeConnection } from "../rome/rome.type";
import { MetiersArgs, metierQuery } from "../search/search.args";
import type { MetierDoc } from "./metier.model";
import { Metier, MetierConnection } from "./metier.type";
import { metierConnection } from "./metiers.page";

@Resolver(() => Metier)
export class MetierResolver {
  @Query(() => Metier, { nullable: true, description: "Un métier par son identifiant Onisep (MET.nnn) ; null s'il est inconnu." })
  async metier(@Arg("id", () => ID, { description: "Identifiant Onisep du métier, par exemple MET.105." }) id: string, @Ctx() ctx: OnisepContext) {
    const checked = verifierIdentifiant("idMetier", id, "id");
    return (await ctx.read()).metiers.get(checked) ?? null;
  }

  @Query(() => MetierConnection, {
    description: "Les métiers : tous, par libellé, ou ceux d'une recherche (classés par pertinence) et des filtres donnés (domaine, code ROME, transitions), avec le décompte de chaque filtre (facettes).",
  })
  async metiers(@Args(() => MetiersArgs) args: MetiersArgs, @Ctx() ctx: OnisepContext, @Info() info: GraphQLResolveInfo) {
    return metierConnection(await ctx.read(), metierQuery(args), args, info);
  }

  @FieldResolver(() => MetierFormationConnection, {
    description:
      "Les formations qui mènent au métier, par libellé : celles qui partagent un de ses codes ROME ; quand aucune n'en partage, celles qui partagent un de ses sous-domaines Onisep. Chaque élément dit lequel (lien).",
  })
  async formations(@Root() metier: MetierDoc, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: OnisepContext) {
    const page = pageRequest(args);
    const { formations } = await ctx.read();
    const byRome = formations.query({ where: { codeRome: metier.codesRome ?? [] } }, page);
    const [result, lien] = byRome.total > 0 ? [byRome, LienMetierFormation.CODE_ROME] : [formations.query({ where: { sousDomaine: sousDomaineKeys(metier.domaines ?? []) } }, page), LienMetierFormation.SOUS_DOMAINE];
    const connection = connectionFromTable(result);
    return { ...connection, edges: connection.edges.map((edge) => ({ ...edge, lien })) };
  }

  @FieldResolver(() => RomeConnection, { description: "Les fiches ROME du métier." })
  async rome(@Root() metier: MetierDoc, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: OnisepContext) {
    return connectionFromArray(romesOf(metier, await ctx.read()), args, (rome) => [rome.code]);
  }
}

/** Federation entry point: the gateway hands over { id } representations. */
export const resolveMetierReference = async (ref: { id: string }, ctx: OnisepContext) => (await ctx.read()).metiers.get(ref.id) ?? null;
