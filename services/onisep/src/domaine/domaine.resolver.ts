import { Args, Ctx, Query, Resolver } from "type-graphql";
import { ConnectionArgs, connectionFromArray, fold } from "@prisme/common";
import type { OnisepContext } from "../context";
import { Domaine, DomaineConnection } from "./domaine.type";

@Resolver(() => Domaine)
export class DomaineResolver {
  @Query(() => DomaineConnection, { description: "Les domaines Onisep des métiers et des formations, par libellé." })
  async domaines(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: OnisepContext) {
    return connectionFromArray((await ctx.read()).domaines(), args, (d) => [fold(d.libelle)]);
  }
}
