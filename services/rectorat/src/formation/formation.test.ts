import { countQueries } from "@prisme/common";
import { graphql, startTestService, type TestService } from "@prisme/testing";
import type { RectoratModels } from "../context";
import { rectorat } from "../definition";
import etablissements from "../demo/etablissements.json";

let service: TestService<RectoratModels>;
beforeAll(async () => {
  service = await startTestService(rectorat);
});
afterAll(() => service.dispose());

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Formation { id etablissements { totalCount nodes { uai nom commune { code } } } } } }`;
const formations = (...ids: string[]) => ids.map((id) => ({ __typename: "Formation", id }));

type Entities = { _entities: { id: string; etablissements: { totalCount: number; nodes: { uai: string }[] } }[] };

describe("rectorat subgraph: where Onisep formations are taught", () => {
  it("gives the établissements of each Formation representation, by name", async () => {
    const { body } = await graphql<Entities>(service.url, ENTITIES, { r: formations("FOR.3119", "FOR.6710", "FOR.99999") });
    expect(body.errors).toBeUndefined();
    const [menuisier, informatique, unknown] = body.data!._entities;
    expect(menuisier.id).toBe("FOR.3119");
    expect(menuisier.etablissements.totalCount).toBe(3);
    expect(menuisier.etablissements.nodes.map((n) => n.uai)).toEqual(["0430020N", "0631985R", "0630022G"]);
    expect(informatique.etablissements.nodes.map((n) => n.uai)).toEqual(["0631978H"]);
    // An id the rectorat knows nothing about is still a Formation, just taught nowhere here.
    expect(unknown).toEqual({ id: "FOR.99999", etablissements: { totalCount: 0, nodes: [] } });
  });

  it("keeps those within a radius of a point, nearest first, and filters by statut", async () => {
    const query = `query($r: [_Any!]!, $statut: StatutFormation) { _entities(representations: $r) { ... on Formation {
      etablissements(proximite: { latitude: 45.7772, longitude: 3.087, rayonKm: 50 }, statut: $statut) { totalCount nodes { uai distanceKm } } } } }`;
    type Near = { _entities: { etablissements: { totalCount: number; nodes: { uai: string; distanceKm: number }[] } }[] };
    const near = await graphql<Near>(service.url, query, { r: formations("FOR.3119") });
    expect(near.body.errors).toBeUndefined();
    // Le Puy-en-Velay (0430020N) is about 100 km away: left out; Clermont before Riom.
    const nodes = near.body.data!._entities[0].etablissements.nodes;
    expect(nodes.map((n) => n.uai)).toEqual(["0630022G", "0631985R"]);
    expect(nodes[0].distanceKm).toBeLessThan(nodes[1].distanceKm);
    expect(nodes[1].distanceKm).toBeGreaterThan(10);

    const apprentissage = await graphql<Near>(service.url, query, { r: formations("FOR.3119"), statut: "APPRENTISSAGE" });
    expect(apprentissage.body.data!._entities[0].etablissements.nodes.map((n) => n.uai)).toEqual(["0630022G"]);

    // The deprecated presDe gives the same.
    const old = await graphql<Near>(service.url, query.replace("proximite:", "presDe:"), { r: formations("FOR.3119") });
    expect(old.body).toEqual(near.body);
  });

  it("refuses a radius out of range", async () => {
    const ask = (near: string) =>
      graphql(service.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Formation { etablissements(${near}) { totalCount } } } }`, { r: formations("FOR.3119") });
    const { body } = await ask("proximite: { latitude: 45.7, longitude: 3.1, rayonKm: 0 }");
    expect(body.errors?.[0].message).toBe("proximite.rayonKm must be more than 0 and at most 200 (got 0).");
    expect(body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const old = await ask("presDe: { latitude: 45.7, longitude: 3.1, rayonKm: 0 }");
    expect(old.body.errors?.[0].message).toBe("rayonKm must be more than 0 and at most 300 (got 0).");
  });

  it("pages the établissements of a formation", async () => {
    const { body } = await graphql<Entities>(
      service.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Formation { etablissements(first: 2) { totalCount nodes { uai } } } } }`,
      { r: formations("FOR.1349") },
    );
    expect(body.data!._entities[0].etablissements.totalCount).toBe(5);
    expect(body.data!._entities[0].etablissements.nodes).toHaveLength(2);
  });

  it("teaches every demonstration formation somewhere", () => {
    const taught = new Set(etablissements.flatMap((e) => e.offres.map((o) => o.formationId)));
    const demo = ["FOR.5337", "FOR.6710", "FOR.1088", "FOR.3119", "FOR.6857", "FOR.1349", "FOR.298", "FOR.2246", "FOR.873", "FOR.7014", "FOR.1054", "FOR.2988"];
    expect(demo.filter((id) => !taught.has(id))).toEqual([]);
  });

  it("answers 3 formations as 12 without a database query", async () => {
    const counter = countQueries(service.connection);
    try {
      const three = await graphql<Entities>(service.url, ENTITIES, { r: formations("FOR.5337", "FOR.6710", "FOR.1088") });
      expect(three.body.errors).toBeUndefined();
      const forThree = counter.count;

      counter.reset();
      const twelve = await graphql<Entities>(service.url, ENTITIES, {
        r: formations("FOR.5337", "FOR.6710", "FOR.1088", "FOR.3119", "FOR.6857", "FOR.1349", "FOR.298", "FOR.2246", "FOR.873", "FOR.7014", "FOR.1054", "FOR.2988"),
      });
      expect(twelve.body.errors).toBeUndefined();
      expect(twelve.body.data!._entities.every((f) => f.etablissements.totalCount > 0)).toBe(true);

      // Where each formation is taught is a dimension of the read model: no query at all, for 3 as for 12.
      expect(forThree).toBe(0);
      expect(counter.count).toBe(0);
    } finally {
      counter.stop();
    }
  });
});
