import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { ConnectionArgs, connectionFromArray } from "@prisme/common";
import type { RectoratContext } from "../context";
import { EtablissementConnection } from "../etablissement/etablissement.type";
import { Commune } from "./commune.type";

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

@Resolver(() => Commune)
export class CommuneResolver {
  @FieldResolver(() => EtablissementConnection, { nullable: true, description: "Établissements and CIO of the commune, by name." })
  async etablissements(@Root() commune: Commune, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RectoratContext) {
    const docs = await ctx.loaders.etablissementsByCommune.load(commune.code);
    return connectionFromArray([...docs].sort((a, b) => compare(a.nom, b.nom) || compare(a.uai, b.uai)), args);
  }
}

/** The gateway asks for the établissements of communes it got elsewhere: the code is all we need. */
export const resolveCommuneReference = (ref: { code: string }): Commune => ({ code: ref.code });
