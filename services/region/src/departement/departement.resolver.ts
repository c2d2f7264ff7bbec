import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs, pageWindow, toConnection } from "@prisme/common";
import type { RegionContext } from "../context";
import { checkCodeDepartement, checkCodeRegion } from "../common/identifiers";
import { Region } from "../region/region.type";
import { Departement, DepartementConnection } from "./departement.type";

@Resolver(() => Departement)
export class DepartementResolver {
  @Query(() => Departement, { nullable: true, description: "A département by its INSEE code (e.g. 63, 2A); null if unknown." })
  departement(@Arg("code", () => ID) code: string, @Ctx() ctx: RegionContext) {
    return ctx.loaders.departement.load(checkCodeDepartement(code));
  }

  @Query(() => DepartementConnection, { description: "Départements by INSEE code, optionally only those of one région." })
  async departements(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("region", () => String, { nullable: true, description: "INSEE région code, e.g. 84." }) region: string | null | undefined,
    @Ctx() ctx: RegionContext,
  ) {
    const filter = region == null ? {} : { codeRegion: checkCodeRegion(region, "region") };
    const window = pageWindow(args);
    const [nodes, total] = await Promise.all([
      ctx.models.Departement.find(filter).sort({ code: 1 }).skip(window.offset).limit(window.limit).lean(),
      ctx.models.Departement.countDocuments(filter),
    ]);
    return toConnection(nodes, window, total);
  }

  @FieldResolver(() => Region, { nullable: true, description: "The région the département belongs to." })
  region(@Root() departement: Departement, @Ctx() ctx: RegionContext) {
    return ctx.loaders.region.load(departement.codeRegion);
  }
}

export const resolveDepartementReference = (ref: { code: string }, ctx: RegionContext) => ctx.loaders.departement.load(ref.code);
