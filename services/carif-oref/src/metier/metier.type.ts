import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * The Onisep Metier entity, as this subgraph sees it: only its key and the ROME codes it needs
 * (resolved by onisep, hence @external) to contribute the field `offres`. No description here:
 * the owner's one is the supergraph's, and two would differ (a composition hint).
 */
@Directive('@key(fields: "id")')
@ObjectType("Metier", { simpleResolvers: true })
export class Metier {
  // A key field needs no @external in Federation 2: the gateway always sends it.
  @Field(() => ID)
  id!: string;

  @Directive("@external")
  @Field(() => [String])
  codesRome!: string[];
}
