import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs, connectionFromArray, pageWindow, toConnection } from "@prisme/common";
import type { OnisepContext } from "../context";
import { checkFormationId, distinctById } from "../common/identifiers";
import { MetierConnection } from "../metier/metier.type";
import { Formation, FormationConnection } from "./formation.type";

@Resolver(() => Formation)
export class FormationResolver {
  @Query(() => Formation, { nullable: true, description: "A formation by its Onisep id (FOR.nnnn); null if unknown." })
  formation(@Arg("id", () => ID) id: string, @Ctx() ctx: OnisepContext) {
    return ctx.loaders.formation.load(checkFormationId(id));
  }

  @Query(() => FormationConnection, { description: "All formations, by libellé." })
  async formations(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: OnisepContext) {
    const window = pageWindow(args);
    const [nodes, total] = await Promise.all([
      ctx.models.Formation.find().sort({ libelle: 1, id: 1 }).skip(window.offset).limit(window.limit).lean(),
      ctx.models.Formation.countDocuments(),
    ]);
    return toConnection(nodes, window, total);
  }

  @FieldResolver(() => MetierConnection, { description: "Métiers this formation leads to (shared ROME codes)." })
  async metiers(@Root() formation: Formation, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: OnisepContext) {
    const lists = await ctx.loaders.metiersByRome.loadMany(formation.codesRome);
    return connectionFromArray(distinctById(lists.filter(Array.isArray)), args);
  }
}

export const resolveFormationReference = (ref: { id: string }, ctx: OnisepContext) => ctx.loaders.formation.load(ref.id);
