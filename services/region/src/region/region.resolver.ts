import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs, connectionFromArray, pageWindow, toConnection } from "@prisme/common";
import type { RegionContext } from "../context";
import { checkCodeRegion } from "../common/identifiers";
import { DepartementConnection } from "../departement/departement.type";
import { Region, RegionConnection } from "./region.type";

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => Region, { nullable: true, description: "A région by its INSEE code (e.g. 84); null if unknown." })
  region(@Arg("code", () => ID) code: string, @Ctx() ctx: RegionContext) {
    return ctx.loaders.region.load(checkCodeRegion(code));
  }

  @Query(() => RegionConnection, { description: "Régions by INSEE code." })
  async regions(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RegionContext) {
    const window = pageWindow(args);
    const [nodes, total] = await Promise.all([
      ctx.models.Region.find().sort({ code: 1 }).skip(window.offset).limit(window.limit).lean(),
      ctx.models.Region.countDocuments(),
    ]);
    return toConnection(nodes, window, total);
  }

  @FieldResolver(() => DepartementConnection, { description: "Départements of the région, by INSEE code." })
  async departements(@Root() region: Region, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RegionContext) {
    // One batched query for all the régions of the request, however many ask for their départements.
    const departements = await ctx.loaders.departementsByRegion.load(region.code);
    return connectionFromArray([...departements].sort(byCode), args);
  }
}

// Plain code-unit order, the same as the database's sort on `code` in the departements query.
const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

export const resolveRegionReference = (ref: { code: string }, ctx: RegionContext) => ctx.loaders.region.load(ref.code);
