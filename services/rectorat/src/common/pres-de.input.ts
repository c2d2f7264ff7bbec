import { Field, Float, InputType } from "type-graphql";
import { badUserInput, type Circle } from "@prisme/common";

/** The largest radius the deprecated presDe accepts (proximite accepts RAYON_MAX_KM of @prisme/common). */
export const MAX_RAYON_PRES_DE_KM = 300;

// Kept for the clients of presDe: input types cannot be deprecated, the arguments that take it are.
@InputType({
  description:
    "Ancienne forme de ProximiteInput : un point (WGS 84) et un rayon ; les résultats sont ceux situés dans le rayon, les plus proches d'abord. Préférer ProximiteInput, qui accepte aussi le code INSEE d'une commune.",
})
export class PresDeInput {
  @Field(() => Float, { description: "Latitude du point, en degrés décimaux WGS 84 (de −90 à 90), par exemple 45.7772." })
  latitude!: number;

  @Field(() => Float, { description: "Longitude du point, en degrés décimaux WGS 84 (de −180 à 180), par exemple 3.087." })
  longitude!: number;

  @Field(() => Float, { description: `Rayon en kilomètres, plus de 0 et au plus ${MAX_RAYON_PRES_DE_KM}.` })
  rayonKm!: number;
}

/** Checks a presDe argument; a point off the globe or a radius out of range is a BAD_USER_INPUT. */
export function checkPresDe(input: PresDeInput | null | undefined, argument = "presDe"): Circle | null {
  if (!input) return null;
  const { latitude, longitude, rayonKm } = input;
  if (!(latitude >= -90 && latitude <= 90)) throw badUserInput(`latitude must be between -90 and 90 (got ${latitude}).`, argument);
  if (!(longitude >= -180 && longitude <= 180)) throw badUserInput(`longitude must be between -180 and 180 (got ${longitude}).`, argument);
  if (!(rayonKm > 0 && rayonKm <= MAX_RAYON_PRES_DE_KM)) throw badUserInput(`rayonKm must be more than 0 and at most ${MAX_RAYON_PRES_DE_KM} (got ${rayonKm}).`, argument);
  return { latitude, longitude, rayonKm };
}
