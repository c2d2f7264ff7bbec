import { Directive, Field, ID, ObjectType } from "type-graphql";

// Owned by the rectorat subgraph; resolvable here only to contribute `offres` (the representation is the UAI).
@Directive('@key(fields: "uai")')
@ObjectType("Etablissement", { simpleResolvers: true })
export class Etablissement {
  @Field(() => ID)
  uai!: string;
}
