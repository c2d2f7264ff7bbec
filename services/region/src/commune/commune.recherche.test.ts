import { graphql, startTestService, type TestService } from "@prisme/testing";
import type { RegionModels } from "../context";
import { region } from "../definition";

type Page = { communes: { totalCount: number; nodes: { code: string; nom: string }[] } };
const chercher = (service: TestService<RegionModels>, recherche: string, extra = "") =>
  graphql<Page>(service.url, `query($r: String) { communes(recherche: $r${extra}, first: 5) { totalCount nodes { code nom } } }`, { r: recherche });

describe("commune search (communes(recherche))", () => {
  let service: TestService<RegionModels>;
  beforeAll(async () => {
    service = await startTestService(region);
  });
  afterAll(() => service.dispose());

  it("finds a commune by the start of its name, accents and hyphens optional, biggest first", async () => {
    const { body } = await chercher(service, "clermont fe");
    expect(body.errors).toBeUndefined();
    expect(body.data?.communes.nodes[0]).toEqual({ code: "63113", nom: "Clermont-Ferrand" });

    const puy = await chercher(service, "le puy en vel");
    expect(puy.body.data?.communes.nodes[0]).toEqual({ code: "43157", nom: "Le Puy-en-Velay" });

    const montlucon = await chercher(service, "MONTLUCON");
    expect(montlucon.body.data?.communes.nodes[0]).toEqual({ code: "03185", nom: "Montluçon" });
  });

  it("finds communes by postal code or its start", async () => {
    const exact = await chercher(service, "63000");
    expect(exact.body.data?.communes).toEqual({ totalCount: 1, nodes: [{ code: "63113", nom: "Clermont-Ferrand" }] });
    const start = await chercher(service, "631");
    expect(start.body.data?.communes.totalCount).toBeGreaterThan(1);
    expect(start.body.data?.communes.nodes[0].code).toBe("63113");
  });

  it("forgives a typo in a longer word, and pages through a search with its cursors", async () => {
    const typo = await chercher(service, "clermond ferand");
    expect(typo.body.data?.communes.nodes[0]).toEqual({ code: "63113", nom: "Clermont-Ferrand" });

    type Paged = { communes: { totalCount: number; nodes: { code: string; population: number }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } };
    const page = (after: string | null) =>
      graphql<Paged>(service.url, `query($after: String) { communes(recherche: "631", first: 4, after: $after) { totalCount nodes { code population } pageInfo { endCursor hasNextPage } } }`, { after });
    const first = (await page(null)).body.data!.communes;
    const second = (await page(first.pageInfo.endCursor)).body.data!.communes;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const populations = [...first.nodes, ...second.nodes].map((n) => n.population);
    // Postal codes 631xx: the biggest communes first, no commune twice.
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
    expect(new Set([...first.nodes, ...second.nodes].map((n) => n.code)).size).toBe(first.nodes.length + second.nodes.length);
  });

  it("narrows to a département, finds a commune anywhere in France, and gives nothing for a name that is not there", async () => {
    const cantal = await chercher(service, "saint", `, departement: "15"`);
    expect(cantal.body.data?.communes.totalCount).toBeGreaterThan(10);
    expect(cantal.body.data?.communes.nodes.every((n) => n.nom.startsWith("Saint"))).toBe(true);
    expect((await chercher(service, "ajaccio")).body.data?.communes).toEqual({ totalCount: 1, nodes: [{ code: "2A004", nom: "Ajaccio" }] });
    expect((await chercher(service, "ajaccio", `, departement: "15"`)).body.data?.communes).toEqual({ totalCount: 0, nodes: [] });
    const none = await chercher(service, "xqzwv");
    expect(none.body.data?.communes).toEqual({ totalCount: 0, nodes: [] });
  });

  it("refuses a search of fewer than 2 characters", async () => {
    const { body } = await chercher(service, "c");
    expect(body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0].message).toMatch(/at least 2 characters/);
  });
});
