import { Directive, Field, ID, ObjectType } from "type-graphql";

// Owned by the region subgraph; resolvable here only to contribute `offres` (the representation is the INSEE code).
@Directive('@key(fields: "code")')
@ObjectType("Commune", { simpleResolvers: true })
export class Commune {
  @Field(() => ID)
  code!: string;
}
