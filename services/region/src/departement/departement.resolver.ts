import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs, connectionFromArray } from "@prisme/common";
import type { RegionContext } from "../context";
import { checkCodeDepartement, checkCodeRegion } from "../common/identifiers";
import { Region } from "../region/region.type";
import type { RegionState } from "../read-model/region.read-model";
import type { DepartementDoc } from "./departement.model";
import { Departement, DepartementConnection } from "./departement.type";

// Plain code-unit order of the INSEE codes (01 … 19, 2A, 2B, 21 … 976).
const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** The départements, of one région or all, by INSEE code (about a hundred: sorted on demand). */
export const departementsOf = (state: RegionState, codeRegion: string | null): DepartementDoc[] =>
  [...state.departements.values()].filter((d) => codeRegion == null || d.codeRegion === codeRegion).sort(byCode);

@Resolver(() => Departement)
export class DepartementResolver {
  @Query(() => Departement, { nullable: true, description: "A département by its INSEE code (e.g. 63, 2A); null if unknown." })
  async departement(@Arg("code", () => ID) code: string, @Ctx() ctx: RegionContext) {
    const checked = checkCodeDepartement(code);
    return (await ctx.read()).departements.get(checked) ?? null;
  }

  @Query(() => DepartementConnection, { description: "Départements by INSEE code, optionally only those of one région." })
  async departements(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("region", () => String, { nullable: true, description: "INSEE région code, e.g. 84." }) region: string | null | undefined,
    @Ctx() ctx: RegionContext,
  ) {
    const codeRegion = region == null ? null : checkCodeRegion(region, "region");
    return connectionFromArray(departementsOf(await ctx.read(), codeRegion), args, (d) => [d.code], "code");
  }

  @FieldResolver(() => Region, { nullable: true, description: "The région the département belongs to." })
  async region(@Root() departement: DepartementDoc, @Ctx() ctx: RegionContext) {
    return (await ctx.read()).regions.get(departement.codeRegion) ?? null;
  }
}

export const resolveDepartementReference = async (ref: { code: string }, ctx: RegionContext) => (await ctx.read()).departements.get(ref.code) ?? null;
