import { Field, Float, InputType } from "type-graphql";
import { badUserInput } from "../errors";
import type { CoordonneesDoc } from "../distance";
import type { Circle } from "../point-grid";
import { verifierIdentifiant } from "./identifiants";

/** The largest radius accepted, in km. */
export const RAYON_MAX_KM = 200;

/** "Near": a point or a commune, and a radius. One input for every list that can be sorted by distance. */
@InputType("ProximiteInput", {
  description:
    "Un lieu et un rayon : soit un point (latitude et longitude), soit une commune (son code INSEE, dont on prend le centre). Les résultats sont ceux situés dans le rayon, les plus proches d'abord, chacun avec sa distance.",
})
export class ProximiteInput {
  @Field(() => Float, { nullable: true, description: "Latitude du point, en degrés décimaux WGS 84 (de −90 à 90). Avec longitude, à la place de codeCommune." })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: "Longitude du point, en degrés décimaux WGS 84 (de −180 à 180). Avec latitude, à la place de codeCommune." })
  longitude?: number | null;

  @Field(() => String, { nullable: true, description: "Code INSEE de la commune dont le centre sert de point (par exemple 63113), à la place de latitude et longitude." })
  codeCommune?: string | null;

  @Field(() => Float, { description: `Rayon en kilomètres, plus de 0 et au plus ${RAYON_MAX_KM}.` })
  rayonKm!: number;
}

/** Finds a commune's centre (the Région subgraph owns them); null when the commune is unknown. */
export type CentreDeCommune = (codeCommune: string) => Promise<CoordonneesDoc | null>;

/** Checks a ProximiteInput and gives the circle it means; a commune is looked up with `centreDe`. */
export async function cercleProximite(input: ProximiteInput | null | undefined, centreDe: CentreDeCommune, argument = "proximite"): Promise<Circle | null> {
  if (!input) return null;
  const point = input.latitude != null || input.longitude != null;
  if (point === (input.codeCommune != null)) {
    throw badUserInput(`${argument}: give either latitude and longitude, or codeCommune (not both).`, argument);
  }
  if (!(input.rayonKm > 0 && input.rayonKm <= RAYON_MAX_KM)) throw badUserInput(`${argument}.rayonKm must be more than 0 and at most ${RAYON_MAX_KM} (got ${input.rayonKm}).`, argument);
  if (point) {
    const { latitude, longitude } = input;
    if (latitude == null || longitude == null || !(Math.abs(latitude) <= 90) || !(Math.abs(longitude) <= 180)) {
      throw badUserInput(`${argument}: (${latitude}, ${longitude}) is not a WGS 84 point (latitude −90…90 and longitude −180…180, both required).`, argument);
    }
    return { latitude, longitude, rayonKm: input.rayonKm };
  }
  const code = verifierIdentifiant("codeCommune", input.codeCommune!, `${argument}.codeCommune`);
  const centre = await centreDe(code);
  if (!centre) throw badUserInput(`${argument}: commune ${code} is unknown or has no known centre; give latitude and longitude instead.`, argument);
  return { latitude: centre.latitude, longitude: centre.longitude, rayonKm: input.rayonKm };
}
