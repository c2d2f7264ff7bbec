import { Arg, Args, Ctx, ID, Query, Resolver } from "type-graphql";
import { pageWindow, toConnection } from "@prisme/common";
import type { CarifOrefContext } from "../context";
import { checkCodeRome, checkOffreId } from "../common/identifiers";
import { OffreFormation, OffreFormationConnection } from "./offre.type";
import { OffresArgs } from "./offres.args";

@Resolver(() => OffreFormation)
export class OffreResolver {
  @Query(() => OffreFormation, { nullable: true, description: "An offer by its LHEO formation numero; null if unknown." })
  offre(@Arg("id", () => ID) id: string, @Ctx() ctx: CarifOrefContext) {
    return ctx.loaders.offre.load(checkOffreId(id));
  }

  @Query(() => OffreFormationConnection, { description: "Offers by intitulé, optionally only those for one ROME code." })
  async offres(@Args(() => OffresArgs) args: OffresArgs, @Ctx() ctx: CarifOrefContext) {
    const window = pageWindow(args);
    // Validated before any query: a typo must say so, not look like "no offers".
    const filter = args.codeRome == null ? {} : { codesRome: checkCodeRome(args.codeRome) };
    const [nodes, total] = await Promise.all([
      ctx.models.Offre.find(filter).sort({ intitule: 1, id: 1 }).skip(window.offset).limit(window.limit).lean(),
      ctx.models.Offre.countDocuments(filter),
    ]);
    return toConnection(nodes, window, total);
  }
}

/** Federation entry point: { id } representations, batched by DataLoader. */
export const resolveOffreReference = (ref: { id: string }, ctx: CarifOrefContext) => ctx.loaders.offre.load(ref.id);
