import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { ConnectionArgs } from "@prisme/common";
import type { CarifOrefContext } from "../context";
import { linkedOffres } from "../offre/offres.page";
import { OffreFormationConnection } from "../offre/offre.type";
import { Rome } from "./rome.type";

@Resolver(() => Rome)
export class RomeResolver {
  @FieldResolver(() => OffreFormationConnection, { nullable: true, description: "Current continuing-education offers preparing for this ROME fiche (Carif-Oref)." })
  async offres(@Root() rome: Rome, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: CarifOrefContext) {
    return linkedOffres(ctx, { codeRome: [rome.code] }, args);
  }
}

/** The representation ({ code }) is all `offres` needs: no database read. */
export const resolveRomeReference = (ref: Rome) => ref;
