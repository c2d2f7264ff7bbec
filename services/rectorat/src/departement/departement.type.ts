import { Directive, Field, ID, ObjectType } from "type-graphql";

// Owned by the region subgraph: only pointed at here (no _entities lookup for it).
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType("Departement", { description: "A département, owned by the region subgraph." })
export class Departement {
  @Field(() => ID, { description: "INSEE département code, e.g. 63." })
  code!: string;
}
