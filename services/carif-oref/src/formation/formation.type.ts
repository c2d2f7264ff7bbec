import { Directive, Field, ID, ObjectType } from "type-graphql";

// Owned by onisep (formations initiales, FOR.nnnn); this subgraph adds the certification they lead to
// and the continuing-education offers preparing the same certification (Certif Info codeIdeo2 link).
@Directive('@key(fields: "id")')
@ObjectType("Formation", { simpleResolvers: true })
export class Formation {
  @Field(() => ID)
  id!: string;
}
