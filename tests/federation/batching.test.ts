// DataLoader batching across the graph: the number of database queries a request costs must
// not grow with the number of métiers in it.
import { countQueries } from "@prisme/common";
import { graphql } from "@prisme/testing";
import { startTestPlatform, type TestPlatform } from "../src/platform";

const QUERY = `query($first: Int!) {
  metiers(first: $first) {
    nodes {
      id
      formations(first: 5) { nodes { id etablissements(first: 5) { nodes { uai commune { nom departement { nom } } } } } }
      offres(first: 3) { totalCount nodes { intitule } }
    }
  }
}`;

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
  // 60 more métiers, sharing the ROME codes of the demonstration formations and offers.
  const codes = ["M1805", "H2207", "F1602", "J1506", "J1501", "D1102", "D1202", "F1703", "M1203", "A1416"];
  const now = new Date();
  await platform.services.onisep.models.Metier.insertMany(
    Array.from({ length: 60 }, (_, i) => ({
      id: `MET.${90000 + i}`,
      libelle: `métier de test ${String(i).padStart(2, "0")}`,
      codesRome: [codes[i % codes.length], codes[(i + 3) % codes.length]],
      provenance: { producteur: "Prisme", jeuDeDonnees: "test", miseAJour: now },
    })),
  );
});
afterAll(() => platform?.dispose());

async function queriesFor(first: number): Promise<{ count: number; metiers: number }> {
  const counters = Object.values(platform.services).map((service) => countQueries(service.connection));
  try {
    const { body } = await graphql<{ metiers: { nodes: unknown[] } }>(platform.gatewayUrl, QUERY, { first });
    expect(body.errors).toBeUndefined();
    return { count: counters.reduce((sum, counter) => sum + counter.count, 0), metiers: body.data!.metiers.nodes.length };
  } finally {
    counters.forEach((counter) => counter.stop());
  }
}

describe("batched entity references", () => {
  it("costs the same number of database queries for 5 and for 50 métiers", async () => {
    // The first request waits for the search indexes the subgraphs build once: not a cost per request.
    await queriesFor(1);
    const small = await queriesFor(5);
    const large = await queriesFor(50);
    expect(small.metiers).toBe(5);
    expect(large.metiers).toBe(50);
    expect(large.count).toBe(small.count);
    // one query per entity type and relation, whatever the size: a handful, not hundreds
    expect(large.count).toBeLessThanOrEqual(12);
  });
});
