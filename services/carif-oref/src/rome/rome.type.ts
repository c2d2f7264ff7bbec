import { Directive, Field, ID, ObjectType } from "type-graphql";

// Owned by onisep (the ROME fiche); this subgraph adds the offers that prepare for it.
@Directive('@key(fields: "code")')
@ObjectType("Rome", { simpleResolvers: true })
export class Rome {
  @Field(() => ID)
  code!: string;
}
