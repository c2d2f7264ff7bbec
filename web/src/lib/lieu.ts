// "Près de chez moi": where the person is (a commune's centre or their device's position) and how
// far they will go. It travels in the URL (commune, lat, lon, rayon) so that a page can be shared
// or bookmarked, and so that each page asks for everything in one request.
import { enumParam, numberParam, single, type RawParams } from "./search-params";

export interface Lieu {
  /** INSEE code of the commune chosen, when the point is its centre. */
  commune?: string;
  latitude: number;
  longitude: number;
  rayonKm: number;
}

export const RAYONS_KM = ["5", "10", "20", "30", "50", "100"] as const;
export const RAYON_PAR_DEFAUT_KM = 30;

const COMMUNE_CODE = /^(\d{2}|2A|2B)\d{3}$/;

/** True for an INSEE commune code (63113, 2A004). */
export const isCommuneCode = (code: string | undefined): code is string => !!code && COMMUNE_CODE.test(code);

/** The radius asked (one of RAYONS_KM), else the default. */
export function rayonFromParams(raw: RawParams): number {
  return Number(enumParam(raw, "rayon", RAYONS_KM) ?? RAYON_PAR_DEFAUT_KM);
}

/** The place in the URL, or undefined when there is none or its point is malformed. */
export function lieuFromParams(raw: RawParams): Lieu | undefined {
  const latitude = numberParam(raw, "lat", -90, 90);
  const longitude = numberParam(raw, "lon", -180, 180);
  if (latitude === undefined || longitude === undefined) return undefined;
  const commune = single(raw, "commune");
  return { latitude, longitude, rayonKm: rayonFromParams(raw), ...(isCommuneCode(commune) ? { commune } : {}) };
}

/** The URL parameters of a place (4 decimals: about 10 m, enough and shorter). */
export function lieuParams(lieu: Lieu | undefined): Record<string, string> {
  if (!lieu) return {};
  return {
    ...(lieu.commune ? { commune: lieu.commune } : {}),
    lat: lieu.latitude.toFixed(4),
    lon: lieu.longitude.toFixed(4),
    rayon: String(lieu.rayonKm),
  };
}

/** The place as the graph's ProximiteInput (a point and a radius). */
export function proximiteDe(lieu: Lieu | undefined) {
  const point = lieu ?? { latitude: 0, longitude: 0, rayonKm: RAYON_PAR_DEFAUT_KM };
  return { latitude: point.latitude, longitude: point.longitude, rayonKm: point.rayonKm };
}
