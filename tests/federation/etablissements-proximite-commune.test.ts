// "Near my commune" in the rectorat subgraph: proximite: { codeCommune } takes the commune's centre
// from the region subgraph, which owns communes, through its GraphQL API over real HTTP (never its
// database). Demonstration data: Clermont-Ferrand (63113) has its centre at 45.7856, 3.1155 in the
// region subgraph; the rectorat subgraph lists four établissements in it and Riom's lycée nearby.
import { rectorat } from "@prisme/rectorat";
import { region } from "@prisme/region";
import { graphql, startTestService, type TestService } from "@prisme/testing";

let rectoratService: TestService<unknown>;
let regionService: TestService<unknown>;
beforeAll(async () => {
  [rectoratService, regionService] = await Promise.all([startTestService(rectorat as never) as Promise<TestService<unknown>>, startTestService(region as never) as Promise<TestService<unknown>>]);
  // Read by the rectorat subgraph when it needs a commune's centre (as `npm start` would set it).
  process.env.PRISME_REGION_URL = regionService.url;
});
afterAll(async () => {
  delete process.env.PRISME_REGION_URL;
  await Promise.all([rectoratService?.dispose(), regionService?.dispose()]);
});

type Page = { totalCount: number; nodes: { uai: string; distanceKm: number }[] };
type GraphqlError = { message: string; extensions?: Record<string, unknown> };

async function ask<T>(query: string): Promise<{ data?: T; errors?: GraphqlError[] }> {
  return (await graphql<T>(rectoratService.url, query)).body;
}

describe("rectorat: proximite around a commune's centre, asked to the region subgraph", () => {
  it("lists what is around the commune as around its centre's point, nearest first", async () => {
    const commune = await ask<{ etablissements: Page }>(`{ etablissements(proximite: { codeCommune: "63113", rayonKm: 20 }) { totalCount nodes { uai distanceKm } } }`);
    const point = await ask<{ etablissements: Page }>(`{ etablissements(proximite: { latitude: 45.7856, longitude: 3.1155, rayonKm: 20 }) { totalCount nodes { uai distanceKm } } }`);
    expect(commune.errors).toBeUndefined();
    expect(commune).toEqual(point);
    expect(commune.data!.etablissements.totalCount).toBe(5);
    const distances = commune.data!.etablissements.nodes.map((n) => n.distanceKm);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
  });

  it("does so for the CIO and for the établissements teaching a formation", async () => {
    const { data, errors } = await ask<{ cios: Page; _entities: { etablissements: Page }[] }>(`{
      cios(proximite: { codeCommune: "15014", rayonKm: 200 }) { totalCount nodes { uai distanceKm } }
      _entities(representations: [{ __typename: "Formation", id: "FOR.3119" }]) { ... on Formation { etablissements(proximite: { codeCommune: "63113", rayonKm: 50 }) { totalCount nodes { uai distanceKm } } } }
    }`);
    expect(errors).toBeUndefined();
    // Aurillac's CIO first, then Clermont-Ferrand's, about 100 km away.
    expect(data!.cios.nodes.map((n) => n.uai)).toEqual(["0151601J", "0631601Y"]);
    expect(data!.cios.nodes[1].distanceKm).toBeGreaterThan(90);
    expect(data!._entities[0].etablissements.nodes.map((n) => n.uai)).toEqual(["0630022G", "0631985R"]);
  });

  it("says so when the commune has no known centre, and when the region subgraph cannot be reached", async () => {
    const inconnue = await ask(`{ etablissements(proximite: { codeCommune: "99999", rayonKm: 20 }) { totalCount } }`);
    expect(inconnue.errors?.[0].message).toBe("proximite: commune 99999 is unknown or has no known centre; give latitude and longitude instead.");
    expect(inconnue.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");

    await regionService.stop();
    // Riom has not been asked before: its centre is not in the rectorat subgraph's cache.
    const sansRegion = await ask(`{ etablissements(proximite: { codeCommune: "63300", rayonKm: 20 }) { totalCount } }`);
    expect(sansRegion.errors?.[0].message).toMatch(/^The centre of commune 63300 could not be had from the region subgraph \(.+\); give latitude and longitude instead\.$/);
    expect(sansRegion.errors?.[0].extensions?.code).toBe("DEPENDENCY_UNAVAILABLE");
  });
});
