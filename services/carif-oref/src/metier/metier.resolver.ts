import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { badUserInput } from "@prisme/common";
import type { CarifOrefContext } from "../context";
import { linkedOffres } from "../offre/offres.page";
import { OffreFormationConnection } from "../offre/offre.type";
import { OffresLieesArgs } from "../offre/offres-lies.args";
import { Metier } from "./metier.type";

@Resolver(() => Metier)
export class MetierResolver {
  @Directive('@requires(fields: "codesRome")')
  @FieldResolver(() => OffreFormationConnection, {
    nullable: true,
    // Nullable so that a carif-oref outage leaves the rest of the métier in partial responses.
    description: "Continuing-education offers for this métier (shared ROME codes), by intitulé or, with autourDe, nearest first; null when the Carif-Oref is unreachable.",
  })
  async offres(@Root() metier: Metier, @Args(() => OffresLieesArgs) args: OffresLieesArgs, @Ctx() ctx: CarifOrefContext) {
    // The gateway adds codesRome to the representation because of @requires; a caller that forgets must hear it.
    if (!Array.isArray(metier.codesRome)) {
      throw badUserInput(`Metier representation "${metier.id}" has no codesRome: send them with the id (@requires).`, "representations");
    }
    // The ids come from memory; the pages of every métier of the request are read in one batch.
    return linkedOffres(ctx, { codesRome: metier.codesRome.map(String) }, args);
  }
}

/** The representation already carries what `offres` needs (id, codesRome): no database read. */
export const resolveMetierReference = (ref: Metier) => ref;
