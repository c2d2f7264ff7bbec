import { badUserInput, verifierIdentifiant, type CoordonneesDoc } from "@prisme/common";
import type { RegionState } from "../read-model/region.read-model";

export interface PointArgs {
  latitude?: number | null;
  longitude?: number | null;
  commune?: string | null;
}

/** The point of the deprecated flat "near" arguments (and of an event's own point): a commune's centre or explicit coordinates (never both). */
export function pointOf(args: PointArgs, state: RegionState): CoordonneesDoc | null {
  const hasPoint = args.latitude != null || args.longitude != null;
  if (args.commune != null && hasPoint) throw badUserInput("Give either a commune or latitude and longitude, not both.", "commune");
  if (args.commune != null) {
    const commune = state.communes.get(verifierIdentifiant("codeCommune", args.commune, "commune"));
    if (!commune) throw badUserInput(`Commune ${args.commune} is unknown.`, "commune");
    if (!commune.centre) throw badUserInput(`Commune ${args.commune} has no centre yet (import codes-postaux).`, "commune");
    return commune.centre;
  }
  if (!hasPoint) return null;
  if (args.latitude == null || args.longitude == null) throw badUserInput("latitude and longitude go together.", args.latitude == null ? "latitude" : "longitude");
  if (Math.abs(args.latitude) > 90) throw badUserInput(`latitude ${args.latitude} is out of range (-90…90).`, "latitude");
  if (Math.abs(args.longitude) > 180) throw badUserInput(`longitude ${args.longitude} is out of range (-180…180).`, "longitude");
  return { latitude: args.latitude, longitude: args.longitude };
}

const DEFAULT_RAYON_KM = 30;
const MAX_RAYON_KM = 200;

/** The circle of the deprecated flat arguments: the point and rayonKm (default 30, at most 200), or null without a point. */
export function circleOf(args: PointArgs & { rayonKm?: number | null }, state: RegionState) {
  const point = pointOf(args, state);
  if (args.rayonKm != null && (args.rayonKm <= 0 || args.rayonKm > MAX_RAYON_KM)) throw badUserInput(`rayonKm must be between 0 and ${MAX_RAYON_KM} km.`, "rayonKm");
  return point ? { ...point, rayonKm: args.rayonKm ?? DEFAULT_RAYON_KM } : null;
}
