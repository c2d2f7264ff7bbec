import { graphql, startTestService, type TestService } from "@prisme/testing";
import type { RectoratModels } from "../context";
import { rectorat } from "../definition";

let service: TestService<RectoratModels>;
beforeAll(async () => {
  service = await startTestService(rectorat);
});
afterAll(() => service.dispose());

type Page = { etablissements: { totalCount: number; nodes: { uai: string; nom: string; distanceKm: number | null }[] } };
const uais = (page: Page) => page.etablissements.nodes.map((n) => n.uai);
const CLERMONT = "{ latitude: 45.7772, longitude: 3.087, rayonKm: 20 }";

async function search(args: string): Promise<Page> {
  const { body } = await graphql<Page>(service.url, `{ etablissements(${args}) { totalCount nodes { uai nom distanceKm } } }`);
  expect(body.errors).toBeUndefined();
  return body.data!;
}

describe("rectorat subgraph: searching établissements", () => {
  it("finds by name without accents, by prefix, and despite one typo", async () => {
    expect(uais(await search(`texte: "claustres"`))[0]).toBe("0630022G");
    expect(uais(await search(`texte: "lycee montdory"`))[0]).toBe("0630068G");
    expect(uais(await search(`texte: "montd"`))).toEqual(["0630068G"]);
    expect(uais(await search(`texte: "claustre"`))[0]).toBe("0630022G");
    expect(uais(await search(`texte: "clausres"`))[0]).toBe("0630022G");
  });

  it("lists what is near a point, nearest first, with the distance", async () => {
    const page = await search(`presDe: ${CLERMONT}`);
    // The four Clermont-Ferrand établissements and Riom's lycée (about 14 km), not Issoire (about 30 km).
    expect(page.etablissements.totalCount).toBe(5);
    const distances = page.etablissements.nodes.map((n) => n.distanceKm!);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    expect(uais(page)[4]).toBe("0631985R");
  });

  it("filters by type, secteur, département, académie, voie, apprentissage, internat and formation", async () => {
    expect((await search(`types: [LYCEE], departement: "63"`)).etablissements.totalCount).toBe(4);
    expect(uais(await search(`secteur: PRIVE, departement: "03"`))).toEqual(["0030935A", "0030112F"]);
    expect((await search(`academie: "06"`)).etablissements.totalCount).toBe(16);
    expect(uais(await search(`voie: GENERALE, departement: "63"`))).toEqual(["0630068G", "0631985R"]);
    expect(uais(await search(`apprentissage: true, codeCommune: "63113"`))).toEqual(["0631978H"]);
    expect((await search(`internat: true`)).etablissements.totalCount).toBe(5);
    expect(uais(await search(`formation: "FOR.3119", presDe: ${CLERMONT}`))).toEqual(["0630022G", "0631985R"]);
  });

  it("lists the CIO as établissements of type CIO, nearest first", async () => {
    const { body } = await graphql<{ cios: { nodes: { uai: string; type: string; distanceKm: number }[] } }>(
      service.url,
      `{ cios(presDe: { latitude: 44.93, longitude: 2.44, rayonKm: 300 }) { nodes { uai type distanceKm } } }`,
    );
    expect(body.data!.cios.nodes.map((n) => [n.uai, n.type])).toEqual([["0151601J", "CIO"], ["0631601Y", "CIO"]]);
  });

  it("refuses bad filters with a clear message", async () => {
    const { body } = await graphql(service.url, `{ etablissements(formation: "menuisier") { totalCount } }`);
    expect(body.errors?.[0].message).toBe('"menuisier" is not an Onisep formation id: expected something like FOR.1349.');
    const far = await graphql(service.url, `{ etablissements(presDe: { latitude: 95, longitude: 3, rayonKm: 5 }) { totalCount } }`);
    expect(far.body.errors?.[0].message).toBe("latitude must be between -90 and 90 (got 95).");
  });

  it("pages a search result", async () => {
    const first = await graphql<{ etablissements: { nodes: { uai: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } }>(
      service.url,
      `{ etablissements(presDe: ${CLERMONT}, first: 3) { nodes { uai } pageInfo { endCursor hasNextPage } } }`,
    );
    const page1 = first.body.data!.etablissements;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await graphql<Page>(service.url, `query($after: String) { etablissements(presDe: ${CLERMONT}, first: 3, after: $after) { totalCount nodes { uai nom distanceKm } } }`, {
      after: page1.pageInfo.endCursor,
    });
    const all = uais(await search(`presDe: ${CLERMONT}`));
    expect([...page1.nodes.map((n) => n.uai), ...uais(second.body.data!)]).toEqual(all);
  });
});
