import { Directive, Field, ID, ObjectType } from "type-graphql";

// Owned by the onisep subgraph, which also carries its description (composition takes the
// owner's: the stub and its key are left undescribed here). This subgraph only adds where each
// formation is taught.
@Directive('@key(fields: "id")')
@ObjectType("Formation", { simpleResolvers: true })
export class Formation {
  @Field(() => ID)
  id!: string;
}
