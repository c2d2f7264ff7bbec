import { graphql, startTestService, type TestService } from "@prisme/testing";
import type { CarifOrefModels } from "../context";
import { carifOref } from "../definition";

let service: TestService<CarifOrefModels>;
beforeAll(async () => {
  service = await startTestService(carifOref);
});
afterAll(() => service.dispose());

type Page = { totalCount: number; nodes: { id: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } };

describe("carif-oref subgraph: offres", () => {
  it("returns an offer with its sessions and provenance", async () => {
    const { body } = await graphql(
      service.url,
      `{ offre(id: "AUV-OF-000107") { id intitule codesRome sessions { debut fin etatRecrutement } provenance { producteur jeuDeDonnees } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      offre: {
        id: "AUV-OF-000107",
        intitule: "Diplôme d'État d'infirmier en promotion professionnelle",
        codesRome: ["J1506"],
        // A missing end date or recruitment state stays null: LHEO leaves both optional.
        sessions: [
          { debut: "2026-09-01", fin: null, etatRecrutement: "OUVERT" },
          { debut: "2027-09-01", fin: null, etatRecrutement: null },
        ],
        provenance: { producteur: "Carif-Oref", jeuDeDonnees: "Prisme — données de démonstration" },
      },
    });
  });

  it("returns null for an unknown id and a clear error for a malformed one", async () => {
    const unknown = await graphql(service.url, `{ offre(id: "AUV-OF-999999") { id } }`);
    expect(unknown.body).toEqual({ data: { offre: null } });

    const malformed = await graphql(service.url, `{ offre(id: "offre n°12") { id } }`);
    expect(malformed.body.data?.offre).toBeNull();
    expect(malformed.body.errors?.[0].message).toBe('"offre n°12" is not a valid LHEO formation numero: expected something like AUV-OF-000101.');
    expect(malformed.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("filters offers by ROME code and refuses a malformed code", async () => {
    const { body } = await graphql<{ offres: Page }>(service.url, `{ offres(codeRome: "M1203") { totalCount nodes { id } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.offres.totalCount).toBe(2);
    expect(body.data!.offres.nodes.map((n) => n.id).sort()).toEqual(["AUV-OF-000111", "AUV-OF-000112"]);

    const none = await graphql<{ offres: Page }>(service.url, `{ offres(codeRome: "K2110") { totalCount nodes { id } } }`);
    expect(none.body.data!.offres).toEqual({ totalCount: 0, nodes: [] });

    // Lower case is the same code (one normalisation of shared keys in every subgraph); a malformed one is refused.
    const lower = await graphql<{ offres: { totalCount: number } }>(service.url, `{ offres(codeRome: "m1805") { totalCount } }`);
    expect(lower.body.data!.offres.totalCount).toBeGreaterThan(0);
    const malformed = await graphql(service.url, `{ offres(codeRome: "M18") { totalCount } }`);
    expect(malformed.body.errors?.[0].message).toBe('"M18" is not a valid ROME code: expected something like M1805.');
    expect(malformed.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("pages through offers with a cursor and refuses oversized pages", async () => {
    const first = await graphql<{ offres: Page }>(service.url, `{ offres(first: 5) { totalCount nodes { id } pageInfo { endCursor hasNextPage } } }`);
    const page1 = first.body.data!.offres;
    expect(page1.totalCount).toBe(14);
    expect(page1.nodes).toHaveLength(5);
    expect(page1.pageInfo.hasNextPage).toBe(true);

    const rest = await graphql<{ offres: Page }>(service.url, `query($after: String) { offres(first: 20, after: $after) { nodes { id } pageInfo { hasNextPage } } }`, {
      after: page1.pageInfo.endCursor,
    });
    const ids = [...page1.nodes, ...rest.body.data!.offres.nodes].map((n) => n.id);
    expect(rest.body.data!.offres.pageInfo.hasNextPage).toBe(false);
    expect(new Set(ids).size).toBe(14);

    const tooBig = await graphql(service.url, `{ offres(first: 1000) { totalCount } }`);
    expect(tooBig.body.errors?.[0].message).toBe('"first" must be between 0 and 100 (got 1000).');
  });

  it("resolves OffreFormation references in one batch", async () => {
    const { body } = await graphql(service.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on OffreFormation { id intitule } } }`, {
      r: [
        { __typename: "OffreFormation", id: "AUV-OF-000108" },
        { __typename: "OffreFormation", id: "AUV-OF-000000" },
        { __typename: "OffreFormation", id: "AUV-OF-000106" },
      ],
    });
    expect(body.data).toEqual({
      _entities: [{ id: "AUV-OF-000108", intitule: "CAP Boulanger en formation continue" }, null, { id: "AUV-OF-000106", intitule: "Diplôme d'État d'aide-soignant" }],
    });
  });
});
