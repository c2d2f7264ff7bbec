import type { CoordonneesDoc } from "./distance";

/** A circle on the map: a centre and a radius in kilometres. */
export interface Circle extends CoordonneesDoc {
  rayonKm: number;
}

/**
 * Points in memory, bucketed by cells of a quarter of a degree, for "within R km of here" in a few
 * milliseconds: only the cells the circle's bounding box touches are read, then each point's
 * great-circle distance decides. (Orama's geosearch took seconds a query at 20,000 points.)
 */
/** One cell's points, as parallel arrays (latitude, longitude, cosine of the latitude in radians; value). */
interface Cell<T> {
  latitudes: number[];
  longitudes: number[];
  cosines: number[];
  values: T[];
}

const RADIANS = Math.PI / 180;
const radians = (degrees: number) => (degrees * Math.PI) / 180;
const EARTH_DIAMETER_KM = 2 * 6371.0088;

export class PointGrid<T> {
  private readonly cells = new Map<string, Cell<T>>();
  private count = 0;

  constructor(private readonly cellDegrees = 0.25) {}

  get size(): number {
    return this.count;
  }

  add(point: CoordonneesDoc, value: T): void {
    const key = this.key(Math.floor(point.latitude / this.cellDegrees), Math.floor(point.longitude / this.cellDegrees));
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = { latitudes: [], longitudes: [], cosines: [], values: [] }));
    cell.latitudes.push(point.latitude);
    cell.longitudes.push(point.longitude);
    cell.cosines.push(Math.cos(radians(point.latitude)));
    cell.values.push(value);
    this.count += 1;
  }

  /** Removes the point added with this value (compared with ===); returns whether it was there. */
  remove(point: CoordonneesDoc, value: T): boolean {
    const key = this.key(Math.floor(point.latitude / this.cellDegrees), Math.floor(point.longitude / this.cellDegrees));
    const cell = this.cells.get(key);
    if (!cell) return false;
    let index = -1;
    for (let i = 0; i < cell.values.length; i += 1) {
      if (cell.values[i] === value && cell.latitudes[i] === point.latitude && cell.longitudes[i] === point.longitude) {
        index = i;
        break;
      }
    }
    if (index < 0) return false;
    for (const list of [cell.latitudes, cell.longitudes, cell.cosines, cell.values] as unknown[][]) list.splice(index, 1);
    if (cell.values.length === 0) this.cells.delete(key);
    this.count -= 1;
    return true;
  }

  /**
   * Every point within the circle (its edge included) with its distance in km, in no particular
   * order. The great-circle distance (haversine, as distanceKm) of the points of the cells the
   * circle's bounding box touches; those outside the box are passed over without it.
   */
  within(circle: Circle): { value: T; distanceKm: number }[] {
    const dLat = circle.rayonKm / 111;
    // Degrees of longitude are shortest on the circle's side nearest the pole: the box is as wide as there.
    const farthest = Math.min(89.9, Math.abs(circle.latitude) + dLat);
    const dLon = circle.rayonKm / (111 * Math.max(0.01, Math.cos(farthest * RADIANS)));
    const [lat0, lat1] = [Math.floor((circle.latitude - dLat) / this.cellDegrees), Math.floor((circle.latitude + dLat) / this.cellDegrees)];
    const [lon0, lon1] = [Math.floor((circle.longitude - dLon) / this.cellDegrees), Math.floor((circle.longitude + dLon) / this.cellDegrees)];
    // The box, a little wider than the circle (the radius per degree above is rounded).
    const [minLat, maxLat, minLon, maxLon] = [circle.latitude - dLat * 1.01, circle.latitude + dLat * 1.01, circle.longitude - dLon * 1.01, circle.longitude + dLon * 1.01];
    const cosCentre = Math.cos(radians(circle.latitude));
    const found: { value: T; distanceKm: number }[] = [];
    for (let i = lat0; i <= lat1; i += 1) {
      for (let j = lon0; j <= lon1; j += 1) {
        const cell = this.cells.get(this.key(i, j));
        if (!cell) continue;
        const { latitudes, longitudes, cosines, values } = cell;
        for (let k = 0; k < values.length; k += 1) {
          const latitude = latitudes[k]!;
          const longitude = longitudes[k]!;
          if (latitude < minLat || latitude > maxLat || longitude < minLon || longitude > maxLon) continue;
          // Computed exactly as distanceKm does (same operations in the same order): a point on the edge stays in.
          const h = Math.sin(radians(latitude - circle.latitude) / 2) ** 2 + cosCentre * cosines[k]! * Math.sin(radians(longitude - circle.longitude) / 2) ** 2;
          const km = EARTH_DIAMETER_KM * Math.asin(Math.min(1, Math.sqrt(h)));
          if (km <= circle.rayonKm) found.push({ value: values[k]!, distanceKm: km });
        }
      }
    }
    return found;
  }

  private key(i: number, j: number): string {
    return `${i}:${j}`;
  }
}
