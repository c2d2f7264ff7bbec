import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { badUserInput, ConnectionArgs, connectionFromArray, pageWindow, toConnection } from "@prisme/common";
import { rechercherCommunes } from "../recherche/commune.index";
import type { RegionContext } from "../context";
import { checkCodeCommune, checkCodeDepartement } from "../common/identifiers";
import { Departement } from "../departement/departement.type";
import { Commune, CommuneConnection } from "./commune.type";

@Resolver(() => Commune)
export class CommuneResolver {
  @Query(() => Commune, { nullable: true, description: "A current commune by its INSEE code (e.g. 63113); null if unknown." })
  commune(@Arg("code", () => ID) code: string, @Ctx() ctx: RegionContext) {
    return ctx.loaders.commune.load(checkCodeCommune(code));
  }

  @Query(() => CommuneConnection, {
    description:
      "Current communes, optionally only those of one département. Without `recherche`, in INSEE code order; with it, the communes matching it (names starting with it first, then by population).",
  })
  async communes(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("departement", () => String, { nullable: true, description: "INSEE département code, e.g. 63." }) departement: string | null | undefined,
    @Arg("recherche", () => String, {
      nullable: true,
      description: 'What a user types to say where they are: the start of a name, accents optional ("clermont fe", "puy en vel"), or of a postal code ("63000", "631").',
    })
    recherche: string | null | undefined,
    @Ctx() ctx: RegionContext,
  ) {
    const codeDepartement = departement == null ? undefined : checkCodeDepartement(departement, "departement");
    if (recherche != null) {
      if (recherche.trim().length < 2) throw badUserInput(`"${recherche}" is too short to search communes: type at least 2 characters of a name or postal code.`, "recherche");
      return connectionFromArray(await rechercherCommunes(ctx.models.Commune, recherche, codeDepartement), args);
    }
    const filter = codeDepartement == null ? {} : { codeDepartement };
    const window = pageWindow(args);
    const [nodes, total] = await Promise.all([
      ctx.models.Commune.find(filter).sort({ code: 1 }).skip(window.offset).limit(window.limit).lean(),
      ctx.models.Commune.countDocuments(filter),
    ]);
    return toConnection(nodes, window, total);
  }

  @FieldResolver(() => Departement, { nullable: true, description: "The département the commune belongs to." })
  departement(@Root() commune: Commune, @Ctx() ctx: RegionContext) {
    return ctx.loaders.departement.load(commune.codeDepartement);
  }
}

/** Federation entry point: other subgraphs hand over { code } references (e.g. Etablissement.commune), batched by DataLoader. */
export const resolveCommuneReference = (ref: { code: string }, ctx: RegionContext) => ctx.loaders.commune.load(ref.code);
