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
  @Query(() => Region, { nullable: true, description: "Une région par son code INSEE (par exemple 84) ; null si elle est inconnue." })
  async region(@Arg("code", () => ID, { description: "Code INSEE de la région : 2 chiffres (84), 3 pour une collectivité d'outre-mer à part (975)." }) code: string, @Ctx() ctx: RegionContext) {
    const checked = checkCodeRegion(code);
    return (await ctx.read()).regions.get(checked) ?? null;
  }

  @Query(() => RegionConnection, { description: "Les régions, dans l'ordre de leur code INSEE." })
  async regions(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RegionContext) {
    const regions = [...(await ctx.read()).regions.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    return connectionFromArray(regions, args, (r) => [r.code], "code");
  }

  @FieldResolver(() => DepartementConnection, { nullable: true, description: "Les départements de la région, dans l'ordre de leur code INSEE ; null seulement pour un code cité par un autre sous-graphe et absent d'ici." })
  async departements(@Root() region: RegionDoc, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RegionContext) {
    return connectionFromArray(departementsOf(await ctx.read(), region.code), args, (d) => [d.code], "code");
  }
}

export const resolveRegionReference = async (ref: { code: string }, ctx: RegionContext) => (await ctx.read()).regions.get(ref.code) ?? null;
