// DataLoader batching across the graph: the number of database queries a request costs must
// not grow with the number of métiers in it.
import { countQueries, ImportReport, RecordWriter } from "@prisme/common";
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
  const onisep = platform.services.onisep;
  const writer = new RecordWriter(onisep.models.db, "metiers", { provenance: { producteur: "Prisme", jeuDeDonnees: "test" }, counts: new ImportReport("test", "test"), changes: onisep.models.changes });
  await writer.write(
    Array.from({ length: 60 }, (_, i) => ({
      _id: `MET.${90000 + i}`,
      id: `MET.${90000 + i}`,
      libelle: `métier de test ${String(i).padStart(2, "0")}`,
      codesRome: [codes[i % codes.length], codes[(i + 3) % codes.length]],
    })),
  );
  await onisep.readModel.refresh();
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
    const small = await queriesFor(5);
    const large = await queriesFor(50);
    expect(small.metiers).toBe(5);
    expect(large.metiers).toBe(50);
    expect(large.count).toBe(small.count);
    // Lists and links come from the read models: the only reads are the pages of offers, by _id.
    expect(large.count).toBeLessThanOrEqual(2);
  });
});
