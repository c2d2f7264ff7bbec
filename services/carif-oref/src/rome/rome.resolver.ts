import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { ConnectionArgs, connectionFromArray } from "@prisme/common";
import type { CarifOrefContext } from "../context";
import { current } from "../offre/current";
import { OffreFormationConnection } from "../offre/offre.type";
import { Rome } from "./rome.type";

@Resolver(() => Rome)
export class RomeResolver {
  @FieldResolver(() => OffreFormationConnection, { nullable: true, description: "Current continuing-education offers preparing for this ROME fiche (Carif-Oref)." })
  async offres(@Root() rome: Rome, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: CarifOrefContext) {
    return connectionFromArray(current(await ctx.loaders.offresByRome.load(rome.code)), args);
  }
}

/** The representation ({ code }) is all `offres` needs: no database read. */
export const resolveRomeReference = (ref: Rome) => ref;
