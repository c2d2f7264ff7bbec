/** A point and a radius, as the "near" arguments give them. */
export interface Cercle {
  latitude: number;
  longitude: number;
  rayonKm: number;
}

/** Distance rounded to 10 m, for display. */
export const roundKm = (km: number) => Math.round(km * 100) / 100;
