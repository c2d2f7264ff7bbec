import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Connection, Provenance } from "@prisme/common";

@Directive('@key(fields: "id")')
@ObjectType({ description: "A formation initiale (course of study) as described by Onisep." })
export class Formation {
  @Field(() => ID, { description: "Onisep id, e.g. FOR.1234." })
  id!: string;

  @Field(() => String)
  libelle!: string;

  @Field(() => String, { nullable: true, description: "Short name of the diploma (e.g. BTS, CAP)." })
  sigle?: string | null;

  @Field(() => [String], { description: "ROME codes of the métiers it leads to." })
  codesRome!: string[];

  @Field(() => Provenance)
  provenance!: Provenance;
}

export const FormationConnection = Connection(Formation);
