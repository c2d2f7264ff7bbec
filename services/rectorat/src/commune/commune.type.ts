import { Directive, Field, ID, ObjectType } from "type-graphql";

// The region subgraph owns communes; this subgraph only points at them by INSEE code and lets
// the gateway fetch the rest there (resolvable: false: no _entities lookup for Commune here).
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType("Commune", { description: "A commune, owned by the region subgraph; referenced here by its INSEE code." })
export class Commune {
  @Field(() => ID, { description: "INSEE commune code, e.g. 63113." })
  code!: string;
}
