import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { ConnectionArgs, connectionFromArray } from "@prisme/common";
import { roundKm } from "../common/distance";
import { distanceKm } from "@prisme/common";
import { checkPresDe, PresDeInput } from "../common/near.input";
import type { RectoratContext } from "../context";
import type { EtablissementDoc } from "../etablissement/etablissement.model";
import { EtablissementConnection } from "../etablissement/etablissement.type";
import { StatutFormation } from "../offre/offre.enum";
import { Formation } from "./formation.type";

// The same order as the etablissements query (the database sorts by code point, without collation).
const byNomThenUai = (a: EtablissementDoc, b: EtablissementDoc) => compare(a.nom, b.nom) || compare(a.uai, b.uai);
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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
    const cercle = checkPresDe(presDe);
    // One loader call per formation, a fixed number of queries per request: a list of formations costs the same as one.
    const enseignements = (await ctx.loaders.ouEnseignee.load(formation.id)).filter((e) => statut == null || e.offres.some((o) => o.statut === statut));
    if (!cercle) return connectionFromArray(enseignements.map((e) => e.etablissement).sort(byNomThenUai), args);
    const proches = enseignements
      .filter((e) => e.etablissement.coordonnees)
      .map((e) => ({ ...e.etablissement, distanceKm: distanceKm(cercle, e.etablissement.coordonnees!) }))
      .filter((e) => e.distanceKm <= cercle.rayonKm)
      .sort((a, b) => a.distanceKm - b.distanceKm || compare(a.uai, b.uai))
      .map((e) => ({ ...e, distanceKm: roundKm(e.distanceKm) }));
    return connectionFromArray(proches, args);
  }
}

/** Nothing about a formation is stored here but its id: the key is all the field resolver needs. */
export const resolveFormationReference = (ref: { id: string }): Formation => ({ id: ref.id });
