import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { ConnectionArgs } from "@prisme/common";
import type { CarifOrefContext } from "../context";
import { OffreFormationConnection } from "../offre/offre.type";
import { linkedOffres } from "../offre/offres.page";
import { Etablissement } from "./etablissement.type";

@Resolver(() => Etablissement)
export class EtablissementResolver {
  @FieldResolver(() => OffreFormationConnection, {
    nullable: true,
    description: "Current continuing-education offers given in this school (LHEO lieu de formation with its UAI), e.g. by a GRETA; null when the Carif-Oref is unreachable.",
  })
  offres(@Root() etablissement: Etablissement, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: CarifOrefContext) {
    return linkedOffres(ctx, { uai: [etablissement.uai] }, args);
  }
}

/** The representation ({ uai }) is all `offres` needs: no database read. */
export const resolveEtablissementReference = (ref: Etablissement) => ref;
