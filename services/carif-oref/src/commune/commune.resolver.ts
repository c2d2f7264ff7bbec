import { Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { ConnectionArgs } from "@prisme/common";
import type { CarifOrefContext } from "../context";
import { linkedOffres } from "../offre/offres.page";
import { OffreFormationConnection } from "../offre/offre.type";
import { Commune } from "./commune.type";

@Resolver(() => Commune)
export class CommuneResolver {
  @FieldResolver(() => OffreFormationConnection, { nullable: true, description: "Les offres de formation continue en cours dispensées dans la commune (Carif-Oref), par intitulé ; null quand le Carif-Oref ne répond pas." })
  async offres(@Root() commune: Commune, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: CarifOrefContext, @Info() info: GraphQLResolveInfo) {
    return linkedOffres(ctx, { codeInsee: [commune.code] }, args, info);
  }
}

/** The representation ({ code }) is all `offres` needs: no database read. */
export const resolveCommuneReference = (ref: Commune) => ref;
