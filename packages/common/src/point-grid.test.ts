import "reflect-metadata";
import { distanceKm } from "./geo";
import { PointGrid } from "./point-grid";

const CLERMONT = { latitude: 45.7772, longitude: 3.087 };
const PLACES = {
  riom: { latitude: 45.8936, longitude: 3.1126 }, // ~13 km
  issoire: { latitude: 45.5443, longitude: 3.2489 }, // ~29 km
  vichy: { latitude: 46.1277, longitude: 3.4259 }, // ~47 km, other cells
  aurillac: { latitude: 44.9264, longitude: 2.4439 }, // ~107 km
};

describe("PointGrid", () => {
  const grid = new PointGrid<string>();
  for (const [name, point] of Object.entries(PLACES)) grid.add(point, name);

  it("finds exactly the points within the radius, across cells, with their great-circle distance", () => {
    const names = (rayonKm: number) => grid.within({ ...CLERMONT, rayonKm }).map((p) => p.value).sort();
    expect(names(10)).toEqual([]);
    expect(names(30)).toEqual(["issoire", "riom"]);
    expect(names(50)).toEqual(["issoire", "riom", "vichy"]);
    expect(names(150)).toEqual(["aurillac", "issoire", "riom", "vichy"]);
    const vichy = grid.within({ ...CLERMONT, rayonKm: 50 }).find((p) => p.value === "vichy")!;
    expect(vichy.distanceKm).toBeCloseTo(distanceKm(CLERMONT, PLACES.vichy), 6);
    expect(grid.size).toBe(4);
  });

  it("keeps a point exactly on the circle and every value of a shared point", () => {
    const edge = distanceKm(CLERMONT, PLACES.riom);
    expect(grid.within({ ...CLERMONT, rayonKm: edge }).map((p) => p.value)).toEqual(["riom"]);
    const shared = new PointGrid<number>();
    shared.add(PLACES.riom, 1);
    shared.add(PLACES.riom, 2);
    expect(shared.within({ ...PLACES.riom, rayonKm: 0.001 }).map((p) => p.value)).toEqual([1, 2]);
  });
});
