import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import { ConnectionArgs } from "@prisme/common";
import type { RectoratContext } from "../context";
import { EtablissementConnection } from "../etablissement/etablissement.type";
import { pageEtablissements } from "../etablissement/etablissements.page";
import { Commune } from "./commune.type";

@Resolver(() => Commune)
export class CommuneResolver {
  @FieldResolver(() => EtablissementConnection, { nullable: true, description: "Les établissements et CIO de la commune, par nom." })
  async etablissements(@Root() commune: Commune, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RectoratContext, @Info() info: GraphQLResolveInfo) {
    return pageEtablissements(ctx, { where: { codeCommune: [commune.code] } }, args, info);
  }
}

/** The gateway asks for the établissements of communes it got elsewhere: the code is all we need. */
export const resolveCommuneReference = (ref: { code: string }): Commune => ({ code: ref.code });
