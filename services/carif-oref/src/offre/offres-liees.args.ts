import { ArgsType, Field } from "type-graphql";
import { ConnectionArgs, ProximiteInput } from "@prisme/common";

/** Arguments of the offer lists another subgraph's entity carries (Metier.offres, Formation.offresContinues). */
@ArgsType()
export class OffresLieesArgs extends ConnectionArgs {
  @Field(() => ProximiteInput, {
    nullable: true,
    description: "Seulement les offres dispensées dans le rayon d'un point ou d'une commune, les plus proches d'abord (distanceKm dit à quelle distance).",
  })
  proximite?: ProximiteInput | null;
}
