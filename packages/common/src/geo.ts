import { Directive, Field, Float, ObjectType } from "type-graphql";

// The value type every subgraph uses for a point (communes, établissements, offers, structures sit
// on one map): @shareable, and one class so the shape is the same everywhere, or composition fails.
@Directive("@shareable")
@ObjectType("Coordonnees", { simpleResolvers: true, description: "Un point, en degrés décimaux WGS 84." })
export class Coordonnees {
  @Field(() => Float, { description: "Latitude, de −90 à 90." })
  latitude!: number;

  @Field(() => Float, { description: "Longitude, de −180 à 180." })
  longitude!: number;
}

export { distanceKm, type CoordonneesDoc } from "./distance";
