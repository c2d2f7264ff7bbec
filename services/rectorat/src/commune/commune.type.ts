import { Directive, Field, ID, ObjectType } from "type-graphql";

// The region subgraph owns communes (name, département…) and describes them; this subgraph adds
// the établissements of each, so it resolves Commune references by their INSEE code.
@Directive('@key(fields: "code")')
@ObjectType("Commune", { simpleResolvers: true })
export class Commune {
  @Field(() => ID)
  code!: string;
}
