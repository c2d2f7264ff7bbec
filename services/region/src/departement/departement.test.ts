import { readFileSync } from "node:fs";
import { graphql, startTestService, type TestService } from "@prisme/testing";
import type { RegionModels } from "../context";
import { region } from "../definition";

const packageDepartements = JSON.parse(
  readFileSync(require.resolve("@etalab/decoupage-administratif/data/departements.json"), "utf8"),
) as { code: string; region: string }[];

let service: TestService<RegionModels>;
beforeAll(async () => {
  service = await startTestService(region);
});
afterAll(() => service.dispose());

describe("region subgraph: départements and régions", () => {
  it("returns a département with its région, including Corsica's lettered codes", async () => {
    const { body } = await graphql(service.url, `{ cantal: departement(code: "15") { code nom region { code nom } } corse: departement(code: "2A") { nom region { nom } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      cantal: { code: "15", nom: "Cantal", region: { code: "84", nom: "Auvergne-Rhône-Alpes" } },
      corse: { nom: "Corse-du-Sud", region: { nom: "Corse" } },
    });
  });

  it("returns null for an unknown département and a clear error for a malformed one", async () => {
    const unknown = await graphql(service.url, `{ departement(code: "96") { code } }`);
    expect(unknown.body).toEqual({ data: { departement: null } });

    const malformed = await graphql(service.url, `{ departement(code: "Cantal") { code } }`);
    expect(malformed.body.errors?.[0].message).toBe('"Cantal" is not a valid INSEE département code: expected something like 63.');
    expect(malformed.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("reads a département code with its leading zero as without, and knows the overseas collectivities", async () => {
    const { body } = await graphql(
      service.url,
      `{
        zero: departement(code: "063") { code nom }
        caledonie: departement(code: "988") { nom }
        avecZero: communes(departement: "063", first: 1) { totalCount nodes { code } }
        sansZero: communes(departement: "63", first: 1) { totalCount nodes { code } }
      }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      zero: { code: "63", nom: "Puy-de-Dôme" },
      caledonie: { nom: "Nouvelle-Calédonie" },
      avecZero: (body.data as { sansZero: unknown }).sansZero,
      sansZero: { totalCount: expect.any(Number), nodes: [{ code: "63001" }] },
    });
  });

  it("lists every département of France, the whole list in two pages", async () => {
    type Page = { departements: { totalCount: number; nodes: { code: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } };
    const first = await graphql<Page>(service.url, `{ departements(first: 100) { totalCount nodes { code } pageInfo { endCursor hasNextPage } } }`);
    const page1 = first.body.data!.departements;
    expect(page1.totalCount).toBe(packageDepartements.length);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await graphql<Page>(service.url, `query($after: String) { departements(first: 100, after: $after) { nodes { code } pageInfo { hasNextPage } } }`, {
      after: page1.pageInfo.endCursor,
    });
    const codes = [...page1.nodes, ...second.body.data!.departements.nodes].map((n) => n.code);
    expect(codes).toEqual(packageDepartements.map((d) => d.code).sort());
  });

  it("lists the départements of a région, as a filter and from the région itself", async () => {
    const inAra = packageDepartements.filter((d) => d.region === "84").map((d) => d.code).sort();
    const { body } = await graphql<{ departements: { nodes: { code: string }[] }; region: { nom: string; departements: { totalCount: number; nodes: { code: string }[] } } }>(
      service.url,
      `{ departements(region: "84") { nodes { code } } region(code: "84") { nom departements { totalCount nodes { code } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.departements.nodes.map((n) => n.code)).toEqual(inAra);
    expect(body.data!.region.nom).toBe("Auvergne-Rhône-Alpes");
    expect(body.data!.region.departements.totalCount).toBe(inAra.length);
    expect(body.data!.region.departements.nodes.map((n) => n.code)).toEqual(inAra);
  });

  it("resolves Departement and Region references", async () => {
    // Departement.nom is nullable (a code rectorat references may not be stored here), Region.nom is not: one
    // selection may not ask both under one name (the gateway's query planner aliases them the same way).
    const { body } = await graphql(service.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Departement { nom } ... on Region { nomRegion: nom } } }`, {
      r: [
        { __typename: "Departement", code: "43" },
        { __typename: "Region", code: "84" },
        { __typename: "Region", code: "00" },
      ],
    });
    expect(body.data).toEqual({ _entities: [{ nom: "Haute-Loire" }, { nomRegion: "Auvergne-Rhône-Alpes" }, null] });
  });
});
