import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs, connectionFromArray, connectionFromTable, pageRequest } from "@prisme/common";
import type { OnisepContext } from "../context";
import { checkMetierId } from "../common/identifiers";
import { sousDomaineKeys } from "../common/text";
import { FormationConnection } from "../formation/formation.type";
import { romesOf } from "../rome/rome.resolver";
import { RomeConnection } from "../rome/rome.type";
import { MetiersArgs, metierQuery } from "../search/search.args";
import type { MetierDoc } from "./metier.model";
import { Metier, MetierConnection } from "./metier.type";

@Resolver(() => Metier)
export class MetierResolver {
  @Query(() => Metier, { nullable: true, description: "A métier by its Onisep id (MET.nnn); null if unknown." })
  async metier(@Arg("id", () => ID) id: string, @Ctx() ctx: OnisepContext) {
    const checked = checkMetierId(id);
    return (await ctx.read()).metiers.get(checked) ?? null;
  }

  @Query(() => MetierConnection, { description: "Métiers: all of them by libellé, or searched (recherche, ranked) and filtered." })
  async metiers(@Args(() => MetiersArgs) args: MetiersArgs, @Ctx() ctx: OnisepContext) {
    const query = metierQuery(args);
    return connectionFromTable((await ctx.read()).metiers.query(query, pageRequest(args)));
  }

  @FieldResolver(() => FormationConnection, {
    description: "Formations leading to this métier: those sharing a ROME code; when none does, those sharing an Onisep sous-domaine.",
  })
  async formations(@Root() metier: MetierDoc, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: OnisepContext) {
    const page = pageRequest(args);
    const { formations } = await ctx.read();
    const byRome = formations.query({ where: { codeRome: metier.codesRome ?? [] } }, page);
    if (byRome.total > 0) return connectionFromTable(byRome);
    return connectionFromTable(formations.query({ where: { sousDomaine: sousDomaineKeys(metier.domaines ?? []) } }, page));
  }

  @FieldResolver(() => RomeConnection, { description: "The ROME fiches of the métier." })
  async rome(@Root() metier: MetierDoc, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: OnisepContext) {
    return connectionFromArray(romesOf(metier, await ctx.read()), args, (rome) => [rome.code]);
  }
}

/** Federation entry point: the gateway hands over { id } representations. */
export const resolveMetierReference = async (ref: { id: string }, ctx: OnisepContext) => (await ctx.read()).metiers.get(ref.id) ?? null;
