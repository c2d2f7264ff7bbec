import { Directive, Field, ID, ObjectType } from "type-graphql";

// Owned (and described) by the region subgraph: only pointed at here (no _entities lookup for it).
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType("Departement", { simpleResolvers: true })
export class Departement {
  @Field(() => ID)
  code!: string;
}
