import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs, pageWindow, toConnection } from "@prisme/common";
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

  @Query(() => CommuneConnection, { description: "Current communes by INSEE code, optionally only those of one département." })
  async communes(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("departement", () => String, { nullable: true, description: "INSEE département code, e.g. 63." }) departement: string | null | undefined,
    @Ctx() ctx: RegionContext,
  ) {
    const filter = departement == null ? {} : { codeDepartement: checkCodeDepartement(departement, "departement") };
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
