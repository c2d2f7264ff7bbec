import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { badUserInput, ConnectionArgs, connectionFromArray } from "@prisme/common";
import type { CarifOrefContext } from "../context";
import { distinctById } from "../common/identifiers";
import { current } from "../offre/current";
import { OffreFormationConnection } from "../offre/offre.type";
import { Metier } from "./metier.type";

@Resolver(() => Metier)
export class MetierResolver {
  @Directive('@requires(fields: "codesRome")')
  @FieldResolver(() => OffreFormationConnection, {
    nullable: true,
    // Nullable so that a carif-oref outage leaves the rest of the métier in partial responses.
    description: "Continuing-education offers for this métier (shared ROME codes); null when the Carif-Oref is unreachable.",
  })
  async offres(@Root() metier: Metier, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: CarifOrefContext) {
    // The gateway adds codesRome to the representation because of @requires; a caller that forgets must hear it.
    if (!Array.isArray(metier.codesRome)) {
      throw badUserInput(`Metier representation "${metier.id}" has no codesRome: send them with the id (@requires).`, "representations");
    }
    // One loader for every métier of the request: N métiers, one query.
    const groups = await ctx.loaders.offresByRome.loadMany(metier.codesRome.map(String));
    return connectionFromArray(current(distinctById(groups.filter(Array.isArray))), args);
  }
}

/** The representation already carries what `offres` needs (id, codesRome): no database read. */
export const resolveMetierReference = (ref: Metier) => ref;
