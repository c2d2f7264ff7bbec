import { ArgsType, Field, Float } from "type-graphql";
import { ConnectionArgs } from "@prisme/common";
import { PublicStructure, TypeStructure } from "./structure.enum";

@ArgsType()
export class StructuresArgs extends ConnectionArgs {
  @Field(() => Float, { nullable: true, description: "Latitude of the point to search around (with longitude); WGS 84." })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: "Longitude of the point to search around (with latitude)." })
  longitude?: number | null;

  @Field(() => Float, { nullable: true, description: "Radius around the point or the commune, in km (default 30, at most 200)." })
  rayonKm?: number | null;

  @Field(() => String, { nullable: true, description: "INSEE code of a commune: search around its centre (instead of latitude/longitude)." })
  commune?: string | null;

  @Field(() => TypeStructure, { nullable: true })
  type?: TypeStructure | null;

  @Field(() => PublicStructure, { nullable: true, description: "Only the structures that receive this public." })
  public?: PublicStructure | null;
}
