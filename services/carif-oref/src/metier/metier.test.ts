import { countQueries } from "@prisme/common";
import { graphql, startTestService, type TestService } from "@prisme/testing";
import type { CarifOrefModels } from "../context";
import { carifOref } from "../definition";

let service: TestService<CarifOrefModels>;
beforeAll(async () => {
  service = await startTestService(carifOref);
});
afterAll(() => service.dispose());

// What the gateway sends for Metier.offres: the key plus the @requires fields resolved by onisep.
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Metier { id offres { totalCount nodes { id } } } } }`;
const metier = (id: string, codesRome: string[]) => ({ __typename: "Metier", id, codesRome });

type Entities = { _entities: { id: string; offres: { totalCount: number; nodes: { id: string }[] } }[] };

describe("carif-oref subgraph: offers of an Onisep métier", () => {
  it("gives each métier the offers that share one of its ROME codes, each offer once", async () => {
    const { body } = await graphql<Entities>(service.url, ENTITIES, {
      r: [metier("MET.12", ["M1805"]), metier("MET.217", ["M1805"]), metier("MET.439", ["F1607", "H2206"]), metier("MET.0", ["K2110"])],
    });
    expect(body.errors).toBeUndefined();
    const [dev, multimedia, menuisier, none] = body.data!._entities;
    // Two métiers sharing M1805 both get the same offers.
    expect(dev.offres.nodes.map((n) => n.id).sort()).toEqual(["AUV-OF-000101", "AUV-OF-000102"]);
    expect(multimedia.offres).toEqual(dev.offres);
    // The menuisier agenceur offer lists both of the métier's codes, yet counts once.
    expect(menuisier.offres).toEqual({ totalCount: 1, nodes: [{ id: "AUV-OF-000104" }] });
    expect(none).toEqual({ id: "MET.0", offres: { totalCount: 0, nodes: [] } });
  });

  it("pages a métier's offers", async () => {
    const { body } = await graphql<Entities>(
      service.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Metier { offres(first: 1) { totalCount nodes { id } } } } }`,
      { r: [metier("MET.12", ["M1805"])] },
    );
    expect(body.data!._entities[0].offres.totalCount).toBe(2);
    expect(body.data!._entities[0].offres.nodes).toHaveLength(1);
  });

  it("counts a métier's offers, with their facets and cursors, without reading one offer", async () => {
    const queries = countQueries(service.connection);
    try {
      const { body } = await graphql<{ _entities: { offres: { totalCount: number; pageInfo: { endCursor: string | null; hasNextPage: boolean }; facettes: { modalite: { nombre: number }[] } } }[] }>(
        service.url,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Metier { offres(first: 1) { totalCount pageInfo { endCursor hasNextPage } facettes { modalite { nombre } } } } } }`,
        { r: [metier("MET.12", ["M1805"])] },
      );
      expect(body.errors).toBeUndefined();
      const offres = body.data!._entities[0].offres;
      expect(offres.totalCount).toBe(2);
      expect(offres.pageInfo.hasNextPage).toBe(true);
      expect(offres.pageInfo.endCursor).toEqual(expect.any(String));
      expect(offres.facettes.modalite.reduce((sum, f) => sum + f.nombre, 0)).toBeGreaterThanOrEqual(2);
      expect(queries.count).toBe(0);
    } finally {
      queries.stop();
    }
  });

  it("says so when a representation lacks the codesRome it requires", async () => {
    const { body } = await graphql(service.url, ENTITIES, { r: [{ __typename: "Metier", id: "MET.12" }] });
    expect(body.errors?.[0].message).toBe('Metier representation "MET.12" has no codesRome: send them with the id (@requires).');
  });

  it("reads the database as often for 30 métiers as for 3", async () => {
    const codes = ["M1805", "H2207", "F1602", "J1501", "J1506", "D1102", "D1202", "F1703", "M1203", "A1416", "H2206"];
    const representations = (n: number) => Array.from({ length: n }, (_, i) => metier(`MET.${1000 + i}`, [codes[i % codes.length], codes[(i + 3) % codes.length]]));
    const queries = countQueries(service.connection);
    try {
      const few = await graphql<Entities>(service.url, ENTITIES, { r: representations(3) });
      const readsForThree = queries.count;
      queries.reset();
      const many = await graphql<Entities>(service.url, ENTITIES, { r: representations(30) });
      const readsForThirty = queries.count;

      expect(few.body.errors).toBeUndefined();
      expect(many.body.errors).toBeUndefined();
      expect(many.body.data!._entities).toHaveLength(30);
      expect(many.body.data!._entities.every((e) => e.offres.totalCount >= 1)).toBe(true);
      expect(readsForThirty).toBe(readsForThree);
      expect(readsForThree).toBe(1);
    } finally {
      queries.stop();
    }
  });
});
