import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs, connectionFromTable, pageRequest } from "@prisme/common";
import type { RegionContext } from "../context";
import { checkCodeCommune, checkCodeDepartement } from "../common/identifiers";
import { Departement } from "../departement/departement.type";
import type { CommuneEntry } from "../read-model/commune.table";
import { communesQuery } from "./commune.recherche";
import { Commune, CommuneConnection } from "./commune.type";

@Resolver(() => Commune)
export class CommuneResolver {
  @Query(() => Commune, { nullable: true, description: "A current commune by its INSEE code (e.g. 63113); null if unknown." })
  async commune(@Arg("code", () => ID) code: string, @Ctx() ctx: RegionContext) {
    const checked = checkCodeCommune(code);
    return (await ctx.read()).communes.get(checked) ?? null;
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
    const page = pageRequest(args);
    const codeDepartement = departement == null ? null : checkCodeDepartement(departement, "departement");
    const { communes } = await ctx.read();
    return connectionFromTable(communes.query(communesQuery(communes, { departement: codeDepartement, recherche }), page));
  }

  @FieldResolver(() => Departement, { nullable: true, description: "The département the commune belongs to." })
  async departement(@Root() commune: CommuneEntry, @Ctx() ctx: RegionContext) {
    return (await ctx.read()).departements.get(commune.codeDepartement) ?? null;
  }
}

/** Federation entry point: other subgraphs hand over { code } references (e.g. Etablissement.commune); unknown codes give null. */
export const resolveCommuneReference = async (ref: { code: string }, ctx: RegionContext) => (await ctx.read()).communes.get(ref.code) ?? null;
