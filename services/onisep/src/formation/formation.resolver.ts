import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs, connectionFromTable, pageRequest } from "@prisme/common";
import type { OnisepContext } from "../context";
import { checkFormationId } from "../common/identifiers";
import { sousDomaineKeys } from "../common/text";
import { MetierConnection } from "../metier/metier.type";
import { FormationsArgs, formationQuery } from "../search/search.args";
import type { FormationDoc } from "./formation.model";
import { Formation, FormationConnection } from "./formation.type";

@Resolver(() => Formation)
export class FormationResolver {
  @Query(() => Formation, { nullable: true, description: "A formation by its Onisep id (FOR.nnnn); null if unknown." })
  async formation(@Arg("id", () => ID) id: string, @Ctx() ctx: OnisepContext) {
    const checked = checkFormationId(id);
    return (await ctx.read()).formations.get(checked) ?? null;
  }

  @Query(() => FormationConnection, { description: "Formations: all of them by libellé, or searched (recherche, ranked) and filtered (domaine, niveau, type, codeRome, codeRncp)." })
  async formations(@Args(() => FormationsArgs) args: FormationsArgs, @Ctx() ctx: OnisepContext) {
    const query = formationQuery(args);
    return connectionFromTable((await ctx.read()).formations.query(query, pageRequest(args)));
  }

  @FieldResolver(() => MetierConnection, { description: "Métiers this formation leads to: those sharing a ROME code; when none does, those sharing an Onisep sous-domaine." })
  async metiers(@Root() formation: FormationDoc, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: OnisepContext) {
    const page = pageRequest(args);
    const { metiers } = await ctx.read();
    const byRome = metiers.query({ where: { codeRome: formation.codesRome ?? [] } }, page);
    if (byRome.total > 0) return connectionFromTable(byRome);
    return connectionFromTable(metiers.query({ where: { sousDomaine: sousDomaineKeys(formation.domaines ?? []) } }, page));
  }
}

/** Federation entry point: { id } representations. */
export const resolveFormationReference = async (ref: { id: string }, ctx: OnisepContext) => (await ctx.read()).formations.get(ref.id) ?? null;
