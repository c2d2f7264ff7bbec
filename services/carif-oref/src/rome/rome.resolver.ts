import { Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { ConnectionArgs } from "@prisme/common";
import type { CarifOrefContext } from "../context";
import { linkedOffres } from "../offre/offres.page";
import { OffreFormationConnection } from "../offre/offre.type";
import { Rome } from "./rome.type";

@Resolver(() => Rome)
export class RomeResolver {
  @FieldResolver(() => OffreFormationConnection, { nullable: true, description: "Les offres de formation continue en cours qui préparent à cette fiche ROME (Carif-Oref), par intitulé ; null quand le Carif-Oref ne répond pas." })
  async offres(@Root() rome: Rome, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: CarifOrefContext, @Info() info: GraphQLResolveInfo) {
    return linkedOffres(ctx, { codeRome: [rome.code] }, args, info);
  }
}

/** The representation ({ code }) is all `offres` needs: no database read. */
export const resolveRomeReference = (ref: Rome) => ref;
