import { Directive, Field, Float, ObjectType } from "type-graphql";

// The value type every subgraph uses for a point (communes, établissements, offers, structures sit
// on one map): @shareable, and one class so the shape is the same everywhere, or composition fails.
@Directive("@shareable")
@ObjectType("Coordonnees", { description: "A point in WGS 84 decimal degrees." })
export class Coordonnees {
  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;
}

export { distanceKm, type CoordonneesDoc } from "./distance";
