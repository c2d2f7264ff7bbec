import { ArgsType, Field } from "type-graphql";
import { ConnectionArgs } from "@prisme/common";
import { PointRayon } from "./offres.args";

/** Arguments of the offer lists another subgraph's entity carries (Metier.offres, Formation.offresContinues). */
@ArgsType()
export class OffresLieesArgs extends ConnectionArgs {
  @Field(() => PointRayon, { nullable: true, description: "Only the offers taught within the radius, nearest first (each node's distanceKm says how far)." })
  autourDe?: PointRayon | null;
}
