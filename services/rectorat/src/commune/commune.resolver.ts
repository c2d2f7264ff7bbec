import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { ConnectionArgs, connectionFromTable, pageRequest } from "@prisme/common";
import type { RectoratContext } from "../context";
import { EtablissementConnection } from "../etablissement/etablissement.type";
import { avecDistance } from "../etablissement/etablissements.query";
import { Commune } from "./commune.type";

@Resolver(() => Commune)
export class CommuneResolver {
  @FieldResolver(() => EtablissementConnection, { nullable: true, description: "Établissements and CIO of the commune, by name." })
  async etablissements(@Root() commune: Commune, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RectoratContext) {
    return connectionFromTable((await ctx.read()).etablissements.query({ where: { codeCommune: [commune.code] } }, pageRequest(args)), avecDistance);
  }
}

/** The gateway asks for the établissements of communes it got elsewhere: the code is all we need. */
export const resolveCommuneReference = (ref: { code: string }): Commune => ({ code: ref.code });
