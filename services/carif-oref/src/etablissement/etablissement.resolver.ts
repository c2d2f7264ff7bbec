import { Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { ConnectionArgs } from "@prisme/common";
import type { CarifOrefContext } from "../context";
import { OffreFormationConnection } from "../offre/offre.type";
import { linkedOffres } from "../offre/offres.page";
import { Etablissement } from "./etablissement.type";

@Resolver(() => Etablissement)
export class EtablissementResolver {
  @FieldResolver(() => OffreFormationConnection, {
    nullable: true,
    description: "Les offres de formation continue en cours dispensées dans cet établissement (lieu de formation LHEO portant son UAI), par exemple par un GRETA, par intitulé ; null quand le Carif-Oref ne répond pas.",
  })
  offres(@Root() etablissement: Etablissement, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: CarifOrefContext, @Info() info: GraphQLResolveInfo) {
    return linkedOffres(ctx, { uai: [etablissement.uai] }, args, info);
  }
}

/** The representation ({ uai }) is all `offres` needs: no database read. */
export const resolveEtablissementReference = (ref: Etablissement) => ref;
