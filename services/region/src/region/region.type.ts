import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Connection, Provenance } from "@prisme/common";

@Directive('@key(fields: "code")')
@ObjectType({ description: "A French région (or a stand-alone overseas collectivity), from the Code officiel géographique." })
export class Region {
  @Field(() => ID, { description: "INSEE région code, e.g. 84 (Auvergne-Rhône-Alpes)." })
  code!: string;

  @Field(() => String)
  nom!: string;

  @Field(() => Provenance)
  provenance!: Provenance;
}

export const RegionConnection = Connection(Region);
