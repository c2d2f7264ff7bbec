import { Directive, Field, ID, ObjectType } from "type-graphql";

// The region subgraph owns communes (name, département…); this subgraph adds the
// établissements of each, so it resolves Commune references by their INSEE code.
@Directive('@key(fields: "code")')
@ObjectType("Commune", { description: "A commune, owned by the region subgraph; referenced here by its INSEE code." })
export class Commune {
  @Field(() => ID, { description: "INSEE commune code, e.g. 63113." })
  code!: string;
}
