import { Directive, Field, Float, ObjectType } from "type-graphql";

// The same value type as rectorat's and region's (offers, établissements and structures sit on one map): @shareable, identical shape.
@Directive("@shareable")
@ObjectType("Coordonnees", { description: "A point in WGS 84 decimal degrees." })
export class Coordonnees {
  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;
}
