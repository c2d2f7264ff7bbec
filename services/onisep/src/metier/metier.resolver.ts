import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs, connectionFromArray, pageWindow, toConnection } from "@prisme/common";
import type { OnisepContext } from "../context";
import { checkMetierId, distinctById } from "../common/identifiers";
import { FormationConnection } from "../formation/formation.type";
import { Metier, MetierConnection } from "./metier.type";

@Resolver(() => Metier)
export class MetierResolver {
  @Query(() => Metier, { nullable: true, description: "A métier by its Onisep id (MET.nnn); null if unknown." })
  metier(@Arg("id", () => ID) id: string, @Ctx() ctx: OnisepContext) {
    return ctx.loaders.metier.load(checkMetierId(id));
  }

  @Query(() => MetierConnection, { description: "All métiers, by libellé." })
  async metiers(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: OnisepContext) {
    const window = pageWindow(args);
    const [nodes, total] = await Promise.all([
      ctx.models.Metier.find().sort({ libelle: 1, id: 1 }).skip(window.offset).limit(window.limit).lean(),
      ctx.models.Metier.countDocuments(),
    ]);
    return toConnection(nodes, window, total);
  }

  @FieldResolver(() => FormationConnection, { description: "Formations leading to this métier (shared ROME codes)." })
  async formations(@Root() metier: Metier, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: OnisepContext) {
    const lists = await ctx.loaders.formationsByRome.loadMany(metier.codesRome);
    return connectionFromArray(distinctById(lists.filter(Array.isArray)), args);
  }
}

/** Federation entry point: the gateway hands over { id } representations, batched by DataLoader. */
export const resolveMetierReference = (ref: { id: string }, ctx: OnisepContext) => ctx.loaders.metier.load(ref.id);
