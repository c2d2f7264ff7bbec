import { distanceKm, type CoordonneesDoc } from "./distance";

/** A circle on the map: a centre and a radius in kilometres. */
export interface Circle extends CoordonneesDoc {
  rayonKm: number;
}

/**
 * Points in memory, bucketed by cells of a quarter of a degree, for "within R km of here" in a few
 * milliseconds: only the cells the circle's bounding box touches are read, then each point's
 * great-circle distance decides. (Orama's geosearch took seconds a query at 20,000 points.)
 */
export class PointGrid<T> {
  private readonly cells = new Map<string, { point: CoordonneesDoc; value: T }[]>();
  private count = 0;

  constructor(private readonly cellDegrees = 0.25) {}

  get size(): number {
    return this.count;
  }

  add(point: CoordonneesDoc, value: T): void {
    const key = this.key(Math.floor(point.latitude / this.cellDegrees), Math.floor(point.longitude / this.cellDegrees));
    const cell = this.cells.get(key);
    if (cell) cell.push({ point, value });
    else this.cells.set(key, [{ point, value }]);
    this.count += 1;
  }

  /** Removes the point added with this value (compared with ===); returns whether it was there. */
  remove(point: CoordonneesDoc, value: T): boolean {
    const key = this.key(Math.floor(point.latitude / this.cellDegrees), Math.floor(point.longitude / this.cellDegrees));
    const cell = this.cells.get(key);
    const index = cell?.findIndex((item) => item.value === value && item.point.latitude === point.latitude && item.point.longitude === point.longitude) ?? -1;
    if (index < 0) return false;
    cell!.splice(index, 1);
    if (cell!.length === 0) this.cells.delete(key);
    this.count -= 1;
    return true;
  }

  /** Every point within the circle (its edge included) with its distance in km, in no particular order. */
  within(circle: Circle): { value: T; distanceKm: number }[] {
    const dLat = circle.rayonKm / 111;
    const dLon = circle.rayonKm / (111 * Math.max(0.01, Math.cos((circle.latitude * Math.PI) / 180)));
    const [lat0, lat1] = [Math.floor((circle.latitude - dLat) / this.cellDegrees), Math.floor((circle.latitude + dLat) / this.cellDegrees)];
    const [lon0, lon1] = [Math.floor((circle.longitude - dLon) / this.cellDegrees), Math.floor((circle.longitude + dLon) / this.cellDegrees)];
    const found: { value: T; distanceKm: number }[] = [];
    for (let i = lat0; i <= lat1; i += 1) {
      for (let j = lon0; j <= lon1; j += 1) {
        for (const { point, value } of this.cells.get(this.key(i, j)) ?? []) {
          const km = distanceKm(circle, point);
          if (km <= circle.rayonKm) found.push({ value, distanceKm: km });
        }
      }
    }
    return found;
  }

  private key(i: number, j: number): string {
    return `${i}:${j}`;
  }
}
