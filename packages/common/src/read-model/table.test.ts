import { distanceKm } from "../distance";
import { fold } from "./fold";
import { Table, type TableSpec } from "./table";

interface Lieu {
  id: string;
  nom: string;
  type: string;
  voies: string[];
  places: number;
  point: { latitude: number; longitude: number } | null;
}

const spec: TableSpec<Lieu> = {
  key: (l) => l.id,
  text: { fields: { nom: { of: (l) => l.nom, boost: 2 } }, titles: (l) => [l.nom] },
  keywords: { type: (l) => l.type, voies: (l) => l.voies },
  numbers: { places: (l) => l.places },
  orders: { nom: (l) => fold(l.nom) },
  points: (l) => (l.point ? [l.point] : []),
};

const clermont = { latitude: 45.7772, longitude: 3.087 };
const lieux: Lieu[] = [
  { id: "A", nom: "Lycée Blaise-Pascal", type: "lycee", voies: ["generale"], places: 300, point: { latitude: 45.776, longitude: 3.09 } },
  { id: "B", nom: "Lycée Ambroise-Brugière", type: "lycee", voies: ["generale", "technologique"], places: 200, point: { latitude: 45.8, longitude: 3.1 } },
  { id: "C", nom: "Collège Jeanne-d'Arc", type: "college", voies: [], places: 120, point: { latitude: 45.1, longitude: 3.6 } },
  { id: "D", nom: "Lycée professionnel Roger-Claustres", type: "lycee", voies: ["professionnelle"], places: 150, point: null },
  { id: "E", nom: "École élémentaire Jules-Ferry", type: "ecole", voies: [], places: 80, point: { latitude: 45.78, longitude: 3.08 } },
];

describe("Table", () => {
  let table: Table<Lieu>;
  beforeEach(async () => {
    table = await Table.build(spec, lieux);
  });

  it("lists by the default order, pages with keyset cursors, and counts", () => {
    const first = table.query({}, { first: 2 });
    expect(first.total).toBe(5);
    expect(first.hits.map((h) => h.entry.id)).toEqual(["C", "E"]);
    expect(first.hasNextPage).toBe(true);
    const second = table.query({}, { first: 2, after: first.hits[1]!.cursor });
    expect(second.hits.map((h) => h.entry.id)).toEqual(["B", "A"]);
    expect(second.hasPreviousPage).toBe(true);
  });

  it("keeps its place when records are added or removed between two pages", async () => {
    const first = table.query({}, { first: 2 });
    table.upsert({ id: "F", nom: "Aaa premier", type: "ecole", voies: [], places: 1, point: null });
    table.remove("B");
    await table.commit();
    const second = table.query({}, { first: 2, after: first.hits[1]!.cursor });
    expect(second.hits.map((h) => h.entry.id)).toEqual(["A", "D"]);
  });

  it("searches text with accents, case and one typo forgiven, exact titles first", () => {
    expect(table.query({ text: "lycee" }, { first: 10 }).hits.map((h) => h.entry.id).sort()).toEqual(["A", "B", "D"]);
    expect(table.query({ text: "ECOLE ELEMENTAIRE" }, { first: 10 }).hits.map((h) => h.entry.id)).toEqual(["E"]);
    expect(table.query({ text: "brugiere" }, { first: 10 }).hits[0]!.entry.id).toBe("B");
    expect(table.query({ text: "brugierr" }, { first: 10 }).hits[0]!.entry.id).toBe("B");
    expect(table.query({ text: "ambroi" }, { first: 10 }).hits[0]!.entry.id).toBe("B");
  });

  it("ranks the records of one title tier by a named order when asked (thenBy), with cursors of their own", async () => {
    const places = await Table.build({ ...spec, orders: { ...spec.orders, places: (l: Lieu) => -l.places } }, lieux);
    const ranked = places.query({ text: "lycee", thenBy: "places" }, { first: 2 });
    // The three titles start with "lycée": one tier, ranked by places (most first) instead of score.
    expect(ranked.hits.map((h) => h.entry.id)).toEqual(["A", "B"]);
    const next = places.query({ text: "lycee", thenBy: "places" }, { first: 2, after: ranked.hits[1]!.cursor });
    expect(next.hits.map((h) => h.entry.id)).toEqual(["D"]);
    expect(() => places.query({ text: "lycee" }, { first: 2, after: ranked.hits[1]!.cursor })).toThrow(/sorted by pertinence:places, not by pertinence/);
    // The title tier still comes first: the exact title before bigger records.
    expect(places.query({ text: "college jeanne d arc", thenBy: "places" }, { first: 1 }).hits[0]!.entry.id).toBe("C");
    expect(() => places.query({ text: "lycee", thenBy: "taille" }, { first: 1 })).toThrow(/unknown order "taille"/);
  });

  it("filters by any of the values of a dimension and by range, and counts facets over the other criteria", () => {
    const result = table.query({ where: { type: ["lycee"], voies: ["generale"] }, facets: ["type", "voies"] }, { first: 10 });
    expect(result.hits.map((h) => h.entry.id).sort()).toEqual(["A", "B"]);
    // type counted over voies=generale only; voies counted over type=lycee only
    expect(result.facets.type).toEqual([{ value: "lycee", count: 2 }]);
    expect(result.facets.voies).toEqual([
      { value: "generale", count: 2 },
      { value: "professionnelle", count: 1 },
      { value: "technologique", count: 1 },
    ]);
    expect(table.query({ range: { places: { min: 150, max: 250 } } }, { first: 10 }).hits.map((h) => h.entry.id).sort()).toEqual(["B", "D"]);
    expect(table.query({ where: { type: ["gymnase"] }, facets: ["type"] }, { first: 10 }).facets.type).toContainEqual({ value: "gymnase", count: 0 });
  });

  it("finds records within a radius, nearest first, with their distance", () => {
    const result = table.query({ near: { ...clermont, rayonKm: 5 } }, { first: 10 });
    expect(result.hits.map((h) => h.entry.id)).toEqual(["A", "E", "B"]);
    expect(result.hits[0]!.distanceKm).toBeLessThan(1);
    const page2 = table.query({ near: { ...clermont, rayonKm: 5 } }, { first: 1, after: result.hits[0]!.cursor });
    expect(page2.hits.map((h) => h.entry.id)).toEqual(["E"]);
  });

  it("refuses a cursor taken from a list in another order", () => {
    const byName = table.query({}, { first: 1 });
    expect(() => table.query({ near: { ...clermont, rayonKm: 5 } }, { first: 1, after: byName.hits[0]!.cursor })).toThrow(/cursor of a list sorted by nom, not by distance/);
  });

  it("answers the same criteria again, on any page, as they stand after a record changes or goes", async () => {
    const query = { where: { voies: ["generale"] }, near: { ...clermont, rayonKm: 5 }, facets: ["type"] };
    const first = table.query(query, { first: 1 });
    expect(first.total).toBe(2);
    // The next page of the same criteria (its matches kept from the first page).
    expect(table.query(query, { first: 1, after: first.hits[0]!.cursor }).hits.map((h) => h.entry.id)).toEqual(["B"]);
    table.upsert({ ...lieux[4]!, voies: ["generale"] });
    expect(table.query(query, { first: 10 }).hits.map((h) => h.entry.id)).toEqual(["A", "E", "B"]);
    expect(table.query(query, { first: 10 }).facets.type).toEqual([{ value: "lycee", count: 2 }, { value: "ecole", count: 1 }]);
    table.remove("A");
    await table.commit();
    expect(table.query(query, { first: 10 }).hits.map((h) => h.entry.id)).toEqual(["E", "B"]);
    expect(table.query(query, { first: 10 }).facets.type).toEqual([{ value: "ecole", count: 1 }, { value: "lycee", count: 1 }]);
  });

  it("updates a record in place: old values, text and point forgotten", async () => {
    table.upsert({ ...lieux[0]!, nom: "Lycée Sidoine-Apollinaire", type: "college", point: null });
    await table.commit();
    expect(table.query({ text: "pascal" }, { first: 5 }).total).toBe(0);
    expect(table.query({ where: { type: ["college"] } }, { first: 5 }).total).toBe(2);
    expect(table.query({ near: { ...clermont, rayonKm: 1 } }, { first: 5 }).hits.map((h) => h.entry.id)).toEqual(["E"]);
    expect(table.keysWith("type", ["college"])).toEqual(["C", "A"]);
  });

  it("finds records where they are now after many moves (their places kept in one pool, compacted)", async () => {
    // 2,000 records moved 25 times: 100,000 numbers written for 4,000 kept, so the pool is compacted.
    const at = (i: number, round: number) => ({ latitude: 45 + ((i * 13 + round * 7) % 100) / 100, longitude: 3 + ((i * 29 + round * 11) % 100) / 100 });
    const moving = await Table.build(spec, Array.from({ length: 2_000 }, (_, i) => ({ ...lieux[0]!, id: `M${i}`, point: at(i, 0) })));
    for (let round = 1; round <= 25; round += 1) {
      for (let i = 0; i < 2_000; i += 1) moving.upsert({ ...lieux[0]!, id: `M${i}`, point: i % 10 === 0 ? null : at(i, round) });
      await moving.commit();
    }
    const circle = { latitude: 45.5, longitude: 3.5, rayonKm: 12 };
    const expected = Array.from({ length: 2_000 }, (_, i) => i)
      .filter((i) => i % 10 !== 0 && distanceKm(at(i, 25), circle) <= circle.rayonKm)
      .map((i) => `M${i}`);
    expect(expected.length).toBeGreaterThan(50);
    const found = moving.query({ near: circle }, { first: 5_000 }).hits.map((h) => h.entry.id);
    expect(found.sort()).toEqual(expected.sort());
  });

  it("keeps many records in order when a commit sorts them in slices", async () => {
    // More records than one slice (2,000): sorted in slices, merged, the same order as one sort.
    const many = Array.from({ length: 5_000 }, (_, i) => ({ ...lieux[4]!, id: `K${String(i).padStart(5, "0")}`, nom: `École ${(i * 7919) % 5_003}`, point: null }));
    const big = await Table.build(spec, many);
    const byName = (t: Table<Lieu>) => t.keysWith("type", ["ecole"]);
    const expected = [...many].sort((a, b) => (fold(a.nom) < fold(b.nom) ? -1 : fold(a.nom) > fold(b.nom) ? 1 : a.id < b.id ? -1 : 1)).map((l) => l.id);
    expect(byName(big)).toEqual(expected);
    for (const l of many.slice(0, 4_500)) big.upsert({ ...l, nom: `Collège ${l.nom}` });
    await big.commit();
    const renamed = many.map((l, i) => (i < 4_500 ? { ...l, nom: `Collège ${l.nom}` } : l));
    expect(byName(big)).toEqual([...renamed].sort((a, b) => (fold(a.nom) < fold(b.nom) ? -1 : fold(a.nom) > fold(b.nom) ? 1 : a.id < b.id ? -1 : 1)).map((l) => l.id));
  });
});
