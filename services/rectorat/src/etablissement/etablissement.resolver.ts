import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs, pageWindow, toConnection } from "@prisme/common";
import type { RectoratContext } from "../context";
import { checkCodeCommune, checkUai } from "../common/identifiers";
import { Commune } from "../commune/commune.type";
import { Etablissement, EtablissementConnection } from "./etablissement.type";

@Resolver(() => Etablissement)
export class EtablissementResolver {
  @Query(() => Etablissement, { nullable: true, description: "An établissement by its UAI (e.g. 0630022G); null if unknown." })
  etablissement(@Arg("uai", () => ID) uai: string, @Ctx() ctx: RectoratContext) {
    return ctx.loaders.etablissement.load(checkUai(uai));
  }

  @Query(() => EtablissementConnection, { description: "Établissements by name, optionally those of one commune." })
  async etablissements(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("codeCommune", () => String, { nullable: true, description: "INSEE commune code, e.g. 63113." }) codeCommune: string | null | undefined,
    @Ctx() ctx: RectoratContext,
  ) {
    const window = pageWindow(args);
    const filter = codeCommune == null ? {} : { codeCommune: checkCodeCommune(codeCommune) };
    const [nodes, total] = await Promise.all([
      ctx.models.Etablissement.find(filter).sort({ nom: 1, uai: 1 }).skip(window.offset).limit(window.limit).lean(),
      ctx.models.Etablissement.countDocuments(filter),
    ]);
    return toConnection(nodes, window, total);
  }

  @FieldResolver(() => Commune, { description: "Its commune; the region subgraph gives the rest." })
  commune(@Root() etablissement: Etablissement): Commune {
    return { code: etablissement.codeCommune };
  }
}

/** Federation entry point: the gateway hands over { uai } representations, batched by DataLoader. */
export const resolveEtablissementReference = (ref: { uai: string }, ctx: RectoratContext) => ctx.loaders.etablissement.load(ref.uai);
