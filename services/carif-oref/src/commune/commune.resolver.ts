import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { ConnectionArgs } from "@prisme/common";
import type { CarifOrefContext } from "../context";
import { linkedOffres } from "../offre/offres.page";
import { OffreFormationConnection } from "../offre/offre.type";
import { Commune } from "./commune.type";

@Resolver(() => Commune)
export class CommuneResolver {
  @FieldResolver(() => OffreFormationConnection, { nullable: true, description: "Current continuing-education offers taught in the commune (Carif-Oref)." })
  async offres(@Root() commune: Commune, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: CarifOrefContext) {
    return linkedOffres(ctx, { codeInsee: [commune.code] }, args);
  }
}

/** The representation ({ code }) is all `offres` needs: no database read. */
export const resolveCommuneReference = (ref: Commune) => ref;
