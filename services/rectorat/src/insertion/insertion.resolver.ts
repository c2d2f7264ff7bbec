import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs, connectionFromArray } from "@prisme/common";
import { verifierUai } from "../common/identifiers";
import type { RectoratContext } from "../context";
import { Etablissement } from "../etablissement/etablissement.type";
import { PopulationInsertion } from "./insertion.enum";
import type { InsertionDoc } from "./insertion.model";
import { insertionsDe, parMillesime } from "./insertion.order";
import { Insertion, InsertionConnection } from "./insertion.type";

@Resolver(() => Insertion)
export class InsertionResolver {
  @Query(() => InsertionConnection, {
    description:
      "Les indicateurs InserJeunes d'un UAI, du millésime le plus récent au plus ancien puis par population : tous ceux importés, que l'établissement soit ou non dans l'Annuaire importé (sinon, etablissement est null).",
  })
  async insertions(
    @Arg("uai", () => ID, { description: "UAI de l'établissement : 7 chiffres et une lettre de contrôle, par exemple 0630041C (minuscule acceptée)." }) uai: string,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("population", () => PopulationInsertion, { nullable: true, description: "Seulement les indicateurs de cette population de sortants ; par défaut toutes." }) population: PopulationInsertion | null | undefined,
    @Ctx() ctx: RectoratContext,
  ) {
    return connectionFromArray(insertionsDe(await ctx.read(), verifierUai(uai), population), args, parMillesime);
  }

  @FieldResolver(() => Etablissement, { nullable: true, description: "L'établissement de l'UAI ; null tant que l'Annuaire (ou une autre source) ne l'a pas donné." })
  async etablissement(@Root() insertion: InsertionDoc, @Ctx() ctx: RectoratContext) {
    return (await ctx.read()).etablissements.get(insertion.uai) ?? null;
  }
}
