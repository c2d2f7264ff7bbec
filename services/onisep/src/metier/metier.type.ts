import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Connection, Provenance } from "@prisme/common";

@Directive('@key(fields: "id")')
@ObjectType({ description: "A métier (occupation) as described by Onisep." })
export class Metier {
  @Field(() => ID, { description: "Onisep id, e.g. MET.105." })
  id!: string;

  @Field(() => String)
  libelle!: string;

  @Field(() => [String], { description: "ROME 4.0 codes of the métier (e.g. M1805)." })
  codesRome!: string[];

  @Field(() => Provenance)
  provenance!: Provenance;
}

export const MetierConnection = Connection(Metier);
