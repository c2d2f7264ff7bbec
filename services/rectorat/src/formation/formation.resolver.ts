import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { ConnectionArgs, connectionFromArray } from "@prisme/common";
import type { RectoratContext } from "../context";
import type { EtablissementDoc } from "../etablissement/etablissement.model";
import { EtablissementConnection } from "../etablissement/etablissement.type";
import { Formation } from "./formation.type";

// The same order as the etablissements query (the database sorts by code point, without collation).
const byNomThenUai = (a: EtablissementDoc, b: EtablissementDoc) => compare(a.nom, b.nom) || compare(a.uai, b.uai);
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

@Resolver(() => Formation)
export class FormationResolver {
  @FieldResolver(() => EtablissementConnection, { description: "Établissements where this formation is taught, by name." })
  async etablissements(@Root() formation: Formation, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RectoratContext) {
    // One loader call per formation, one query per request: a list of formations costs the same as one.
    const etablissements = await ctx.loaders.etablissementsByFormation.load(formation.id);
    return connectionFromArray([...etablissements].sort(byNomThenUai), args);
  }
}

/** Nothing about a formation is stored here but its id: the key is all the field resolver needs. */
export const resolveFormationReference = (ref: { id: string }): Formation => ({ id: ref.id });
