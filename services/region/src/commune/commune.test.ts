import { readFileSync } from "node:fs";
import { CHANGES_COLLECTION } from "@prisme/common";
import { graphql, recordCommands, startTestService, type TestService } from "@prisme/testing";
import type { RegionModels } from "../context";
import { region } from "../definition";

// The package's own list, read directly: what the graph must agree with.
const packageCommunes = (
  JSON.parse(readFileSync(require.resolve("@etalab/decoupage-administratif/data/communes.json"), "utf8")) as { code: string; type: string; departement?: string }[]
).filter((c) => c.type === "commune-actuelle");
const codesOf = (departement: string) => packageCommunes.filter((c) => c.departement === departement).map((c) => c.code);

let service: TestService<RegionModels>;
beforeAll(async () => {
  service = await startTestService(region);
});
afterAll(() => service.dispose());

describe("region subgraph: communes", () => {
  it("returns Clermont-Ferrand with its postal codes, population, département and région", async () => {
    const { body } = await graphql(
      service.url,
      `{ commune(code: "63113") { code nom codesPostaux population departement { code nom region { code nom } } provenance { producteur jeuDeDonnees } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      commune: {
        code: "63113",
        nom: "Clermont-Ferrand",
        codesPostaux: expect.arrayContaining(["63000", "63100"]),
        population: expect.any(Number),
        departement: { code: "63", nom: "Puy-de-Dôme", region: { code: "84", nom: "Auvergne-Rhône-Alpes" } },
        provenance: { producteur: "Etalab", jeuDeDonnees: expect.stringMatching(/^@etalab\/decoupage-administratif \d+\.\d+\.\d+/) },
      },
    });
    expect((body.data as { commune: { population: number } }).commune.population).toBeGreaterThan(100_000);
  });

  it("returns null for an unknown code and a clear error for a malformed one", async () => {
    // 63000 is Clermont's postal code, not an INSEE code: no commune has it.
    const unknown = await graphql(service.url, `{ commune(code: "63000") { code } }`);
    expect(unknown.body).toEqual({ data: { commune: null } });

    const malformed = await graphql(service.url, `{ commune(code: "6311") { code } }`);
    expect(malformed.body.data?.commune).toBeNull();
    expect(malformed.body.errors?.[0].message).toBe('"6311" is not a valid INSEE commune code: expected something like 63113.');
    expect(malformed.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("lists the communes of a département, all of them across pages, in code order", async () => {
    const cantal = codesOf("15");
    type Page = { communes: { totalCount: number; nodes: { code: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } };
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { body }: { body: { data?: Page; errors?: unknown } } = await graphql<Page>(
        service.url,
        `query($after: String) { communes(departement: "15", first: 100, after: $after) { totalCount nodes { code } pageInfo { endCursor hasNextPage } } }`,
        { after },
      );
      expect(body.errors).toBeUndefined();
      const page: Page["communes"] = body.data!.communes;
      expect(page.totalCount).toBe(cantal.length);
      seen.push(...page.nodes.map((n) => n.code));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after && pages < 10);
    expect(pages).toBe(Math.ceil(cantal.length / 100));
    expect(seen).toEqual([...cantal].sort());
  });

  it("refuses a malformed département filter, lists any département of France, and gives an empty list for an unknown one", async () => {
    const malformed = await graphql(service.url, `{ communes(departement: "6") { totalCount } }`);
    expect(malformed.body.errors?.[0].message).toBe('"6" is not a valid INSEE département code: expected something like 63.');
    expect(malformed.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");

    // Every département of France is loaded, Corsica and overseas included; 96 is no département.
    const corse = await graphql<{ communes: { totalCount: number } }>(service.url, `{ communes(departement: "2A") { totalCount } }`);
    expect(corse.body.data?.communes.totalCount).toBe(codesOf("2A").length);
    const reunion = await graphql<{ communes: { totalCount: number } }>(service.url, `{ communes(departement: "974") { totalCount } }`);
    expect(reunion.body.data?.communes.totalCount).toBe(codesOf("974").length);
    const unknown = await graphql(service.url, `{ communes(departement: "96") { totalCount nodes { code } } }`);
    expect(unknown.body).toEqual({ data: { communes: { totalCount: 0, nodes: [] } } });
  });

  it("resolves Commune references from other subgraphs, unknown ones as null", async () => {
    const { body } = await graphql(service.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Commune { code nom departement { code } } } }`, {
      r: [
        { __typename: "Commune", code: "03185" },
        { __typename: "Commune", code: "63113" },
        { __typename: "Commune", code: "99999" },
      ],
    });
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      _entities: [{ code: "03185", nom: "Montluçon", departement: { code: "03" } }, { code: "63113", nom: "Clermont-Ferrand", departement: { code: "63" } }, null],
    });
  });

  it("resolves 3 or 40 Commune references with their département without a single database query", async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Commune { code departement { nom } } } }`;
    const representations = (codes: string[]) => codes.map((code) => ({ __typename: "Commune", code }));
    const three = ["03185", "15014", "63113"];
    const forty = ["03", "15", "43", "63"].flatMap((d) => codesOf(d).slice(0, 10));
    const recorder = recordCommands(service.connection);
    try {
      const small = await graphql<{ _entities: { departement: { nom: string } }[] }>(service.url, query, { r: representations(three) });
      const large = await graphql<{ _entities: { departement: { nom: string } }[] }>(service.url, query, { r: representations(forty) });
      expect(small.body.data?._entities.map((e) => e.departement.nom)).toEqual(["Allier", "Cantal", "Puy-de-Dôme"]);
      expect(large.body.data?._entities).toHaveLength(40);
      expect(large.body.data?._entities.every((e) => e.departement !== null)).toBe(true);
      // Served from the read model: the database is not asked at all (but for the change log, followed in the background).
      expect(recorder.commands.filter((c) => c.collection !== CHANGES_COLLECTION)).toEqual([]);
    } finally {
      recorder.stop();
    }
  });
});
