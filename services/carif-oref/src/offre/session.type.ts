import { Field, ObjectType } from "type-graphql";
import { GraphQLLocalDate } from "graphql-scalars";
import { EtatRecrutement } from "./etat-recrutement.enum";

@ObjectType("SessionFormation", { description: "A session of an offer: when it runs and whether it recruits." })
export class Session {
  // LocalDate (YYYY-MM-DD), not a date-time: LHEO gives days, and a midnight UTC instant would show the day before in some zones.
  @Field(() => GraphQLLocalDate, { nullable: true, description: "First day (provisional start, as LHEO says); null if not given." })
  debut!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Last day; null if not given." })
  fin!: string | null;

  @Field(() => EtatRecrutement, { nullable: true, description: "Recruitment state; null if the organisme does not say." })
  etatRecrutement!: EtatRecrutement | null;
}
