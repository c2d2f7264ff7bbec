import { Args, Ctx, Directive, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { badUserInput, cercleProximite } from "@prisme/common";
import type { CarifOrefContext } from "../context";
import { linkedOffres } from "../offre/offres.page";
import { OffreFormationConnection } from "../offre/offre.type";
import { OffresLieesArgs } from "../offre/offres-liees.args";
import { Metier } from "./metier.type";

@Resolver(() => Metier)
export class MetierResolver {
  @Directive('@requires(fields: "codesRome")')
  @FieldResolver(() => OffreFormationConnection, {
    nullable: true,
    // Nullable so that a carif-oref outage leaves the rest of the métier in partial responses.
    description: "Les offres de formation continue en cours pour ce métier (par ses codes ROME), par intitulé, ou les plus proches d'abord avec proximite ; null quand le Carif-Oref ne répond pas.",
  })
  async offres(@Root() metier: Metier, @Args(() => OffresLieesArgs) args: OffresLieesArgs, @Ctx() ctx: CarifOrefContext, @Info() info: GraphQLResolveInfo) {
    // The gateway adds codesRome to the representation because of @requires; a caller that forgets must hear it.
    if (!Array.isArray(metier.codesRome)) {
      throw badUserInput(`Metier representation "${metier.id}" has no codesRome: send them with the id (@requires).`, "representations");
    }
    // The list comes from the read model; the pages of every métier of the request are read in one batch.
    const near = await cercleProximite(args.proximite, ctx.centreDe);
    return linkedOffres(ctx, { codeRome: metier.codesRome.map(String) }, args, info, near);
  }
}

/** The representation already carries what `offres` needs (id, codesRome): no database read. */
export const resolveMetierReference = (ref: Metier) => ref;
