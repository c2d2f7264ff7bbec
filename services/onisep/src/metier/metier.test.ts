import { graphql, startTestService, type TestService } from "@prisme/testing";
import type { OnisepModels } from "../context";
import { onisep } from "../definition";

let service: TestService<OnisepModels>;
beforeAll(async () => {
  service = await startTestService(onisep);
});
afterAll(() => service.dispose());

describe("onisep subgraph: métiers", () => {
  it("returns a métier with the formations that share its ROME codes", async () => {
    const { body } = await graphql(service.url, `{ metier(id: "MET.439") { id libelle codesRome formations { totalCount nodes { id } } provenance { producteur } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      metier: {
        id: "MET.439",
        libelle: "menuisier / menuisière",
        codesRome: ["F1607", "H2206"],
        formations: { totalCount: 2, nodes: expect.arrayContaining([{ id: "FOR.3119" }, { id: "FOR.6857" }]) },
        provenance: { producteur: "Onisep" },
      },
    });
  });

  it("returns null for an unknown id and a clear error for a malformed one", async () => {
    const unknown = await graphql(service.url, `{ metier(id: "MET.999999") { id } }`);
    expect(unknown.body).toEqual({ data: { metier: null } });

    const malformed = await graphql(service.url, `{ metier(id: "plombier") { id } }`);
    expect(malformed.body.data?.metier).toBeNull();
    expect(malformed.body.errors?.[0].message).toBe('"plombier" is not a valid Onisep métier id: expected something like MET.105.');
    expect(malformed.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("pages through métiers with a cursor and refuses oversized pages", async () => {
    const first = await graphql<{ metiers: { totalCount: number; nodes: { id: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } }>(
      service.url,
      `{ metiers(first: 5) { totalCount nodes { id } pageInfo { endCursor hasNextPage } } }`,
    );
    const page1 = first.body.data!.metiers;
    expect(page1.totalCount).toBe(13);
    expect(page1.nodes).toHaveLength(5);
    expect(page1.pageInfo.hasNextPage).toBe(true);

    const second = await graphql<{ metiers: { nodes: { id: string }[] } }>(service.url, `query($after: String) { metiers(first: 5, after: $after) { nodes { id } } }`, {
      after: page1.pageInfo.endCursor,
    });
    const ids2 = second.body.data!.metiers.nodes.map((n) => n.id);
    expect(ids2).toHaveLength(5);
    expect(ids2.some((id) => page1.nodes.some((n) => n.id === id))).toBe(false);

    const tooBig = await graphql(service.url, `{ metiers(first: 1000) { totalCount } }`);
    expect(tooBig.body.errors?.[0].message).toBe('"first" must be between 0 and 100 (got 1000).');
  });

  it("resolves entity references in one batch", async () => {
    const { body } = await graphql(service.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Metier { id libelle } } }`, {
      r: [{ __typename: "Metier", id: "MET.38" }, { __typename: "Metier", id: "MET.17" }, { __typename: "Metier", id: "MET.0" }],
    });
    expect(body.data).toEqual({
      _entities: [{ id: "MET.38", libelle: "infirmier / infirmière" }, { id: "MET.17", libelle: "boulanger / boulangère" }, null],
    });
  });
});
