import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { ConnectionArgs, connectionFromTable, pageRequest } from "@prisme/common";
import { checkPresDe, PresDeInput } from "../common/near.input";
import type { RectoratContext } from "../context";
import { EtablissementConnection } from "../etablissement/etablissement.type";
import { avecDistance, parDistanceOuDefaut } from "../etablissement/etablissements.query";
import { StatutFormation } from "../offre/offre.enum";
import { enseignement } from "../read-model/etablissement.entree";
import { Formation } from "./formation.type";

@Resolver(() => Formation)
export class FormationResolver {
  // Nullable, like every field this subgraph adds to another's entity: a Rectorat outage must not null the formation.
  @FieldResolver(() => EtablissementConnection, { nullable: true, description: "Établissements where this formation is taught: by name, or nearest first within a radius." })
  async etablissements(
    @Root() formation: Formation,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("statut", () => StatutFormation, { nullable: true, description: "Only where it is taught under this statut." }) statut: StatutFormation | null | undefined,
    @Arg("presDe", () => PresDeInput, { nullable: true, description: "Only within rayonKm of the point, nearest first." }) presDe: PresDeInput | null | undefined,
    @Ctx() ctx: RectoratContext,
  ) {
    const near = checkPresDe(presDe);
    // The reverse link is a dimension of the table: what each établissement teaches, derived by the read model.
    const where = statut == null ? { formationId: [formation.id] } : { enseignement: [enseignement(formation.id, statut)] };
    return connectionFromTable((await ctx.read()).etablissements.query({ where, near, order: parDistanceOuDefaut(near) }, pageRequest(args)), avecDistance);
  }
}

/** Nothing about a formation is stored here but its id: the key is all the field resolver needs. */
export const resolveFormationReference = (ref: { id: string }): Formation => ({ id: ref.id });
