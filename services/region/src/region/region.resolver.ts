import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs, connectionFromArray } from "@prisme/common";
import type { RegionContext } from "../context";
import { checkCodeRegion } from "../common/identifiers";
import { departementsOf } from "../departement/departement.resolver";
import { DepartementConnection } from "../departement/departement.type";
import type { RegionDoc } from "./region.model";
import { Region, RegionConnection } from "./region.type";

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => Region, { nullable: true, description: "A région by its INSEE code (e.g. 84); null if unknown." })
  async region(@Arg("code", () => ID) code: string, @Ctx() ctx: RegionContext) {
    const checked = checkCodeRegion(code);
    return (await ctx.read()).regions.get(checked) ?? null;
  }

  @Query(() => RegionConnection, { description: "Régions by INSEE code." })
  async regions(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RegionContext) {
    const regions = [...(await ctx.read()).regions.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    return connectionFromArray(regions, args, (r) => [r.code], "code");
  }

  @FieldResolver(() => DepartementConnection, { description: "Départements of the région, by INSEE code." })
  async departements(@Root() region: RegionDoc, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RegionContext) {
    return connectionFromArray(departementsOf(await ctx.read(), region.code), args, (d) => [d.code], "code");
  }
}

export const resolveRegionReference = async (ref: { code: string }, ctx: RegionContext) => (await ctx.read()).regions.get(ref.code) ?? null;
