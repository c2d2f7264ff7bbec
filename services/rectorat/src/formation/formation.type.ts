import { Directive, Field, ID, ObjectType } from "type-graphql";

// Owned by the onisep subgraph, which also carries its description: this subgraph only adds
// where each formation is taught.
@Directive('@key(fields: "id")')
@ObjectType("Formation")
export class Formation {
  @Field(() => ID, { description: "Onisep id, e.g. FOR.1234." })
  id!: string;
}
