import { Directive, Field, Float, ObjectType } from "type-graphql";

// Several subgraphs place things on the map (établissements, offers, structures): the same
// value type everywhere, so it is @shareable.
@Directive("@shareable")
@ObjectType("Coordonnees", { description: "A point in WGS 84 decimal degrees." })
export class Coordonnees {
  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;
}
