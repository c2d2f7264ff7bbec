import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Connection, Provenance } from "@prisme/common";
import { Session } from "./session.type";

@Directive('@key(fields: "id")')
@ObjectType({ description: "A continuing-education offer (LHEO formation) published by a Carif-Oref." })
export class OffreFormation {
  @Field(() => ID, { description: "LHEO formation numero, e.g. AUV-OF-000101." })
  id!: string;

  @Field(() => String)
  intitule!: string;

  @Field(() => [String], { description: "ROME 4.0 codes of the métiers it prepares for." })
  codesRome!: string[];

  @Field(() => [Session])
  sessions!: Session[];

  @Field(() => Provenance)
  provenance!: Provenance;
}

export const OffreFormationConnection = Connection(OffreFormation);
