import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs, connectionFromArray, verifierIdentifiant } from "@prisme/common";
import type { RegionContext } from "../context";
import { checkCodeRegion } from "../common/identifiers";
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
  @Query(() => Departement, { nullable: true, description: "Un département par son code INSEE (par exemple 63 ou 2A) ; null s'il est inconnu." })
  async departement(@Arg("code", () => ID, { description: "Code INSEE du département : 2 caractères (63, 2A), 3 outre-mer (974) ; 063 est accepté pour 63." }) code: string, @Ctx() ctx: RegionContext) {
    const checked = verifierIdentifiant("codeDepartement", code, "code");
    return (await ctx.read()).departements.get(checked) ?? null;
  }

  @Query(() => DepartementConnection, { description: "Les départements, dans l'ordre de leur code INSEE : tous, ou ceux d'une région." })
  async departements(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("region", () => String, { nullable: true, description: "Code INSEE de la région, par exemple 84 (Auvergne-Rhône-Alpes)." }) region: string | null | undefined,
    @Ctx() ctx: RegionContext,
  ) {
    const codeRegion = region == null ? null : checkCodeRegion(region, "region");
    return connectionFromArray(departementsOf(await ctx.read(), codeRegion), args, (d) => [d.code], "code");
  }

  @FieldResolver(() => Region, { nullable: true, description: "La région du département." })
  async region(@Root() departement: DepartementDoc, @Ctx() ctx: RegionContext) {
    return (await ctx.read()).regions.get(departement.codeRegion) ?? null;
  }
}

export const resolveDepartementReference = async (ref: { code: string }, ctx: RegionContext) => (await ctx.read()).departements.get(ref.code) ?? null;
