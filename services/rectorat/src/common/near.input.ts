import { Field, Float, InputType } from "type-graphql";
import { badUserInput, type Circle } from "@prisme/common";

/** The largest radius a "near" search accepts: beyond it, ask by département or académie. */
export const MAX_RAYON_KM = 300;

@InputType({ description: "A point (WGS 84) and a radius: what is within rayonKm of it, nearest first." })
export class PresDeInput {
  @Field(() => Float, { description: "Latitude in decimal degrees, e.g. 45.7772." })
  latitude!: number;

  @Field(() => Float, { description: "Longitude in decimal degrees, e.g. 3.0870." })
  longitude!: number;

  @Field(() => Float, { description: `Radius in km (more than 0, at most ${MAX_RAYON_KM}).` })
  rayonKm!: number;
}

/** Checks a "near" argument; a point off the globe or a radius out of range is a BAD_USER_INPUT. */
export function checkPresDe(input: PresDeInput | null | undefined, argument = "presDe"): Circle | null {
  if (!input) return null;
  const { latitude, longitude, rayonKm } = input;
  if (!(latitude >= -90 && latitude <= 90)) throw badUserInput(`latitude must be between -90 and 90 (got ${latitude}).`, argument);
  if (!(longitude >= -180 && longitude <= 180)) throw badUserInput(`longitude must be between -180 and 180 (got ${longitude}).`, argument);
  if (!(rayonKm > 0 && rayonKm <= MAX_RAYON_KM)) throw badUserInput(`rayonKm must be more than 0 and at most ${MAX_RAYON_KM} (got ${rayonKm}).`, argument);
  return { latitude, longitude, rayonKm };
}
