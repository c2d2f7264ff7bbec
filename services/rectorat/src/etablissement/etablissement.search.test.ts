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
    expect(uais(await search(`recherche: "claustres"`))[0]).toBe("0630022G");
    expect(uais(await search(`recherche: "lycee montdory"`))[0]).toBe("0630068G");
    expect(uais(await search(`recherche: "montd"`))).toEqual(["0630068G"]);
    expect(uais(await search(`recherche: "claustre"`))[0]).toBe("0630022G");
    expect(uais(await search(`recherche: "clausres"`))[0]).toBe("0630022G");
  });

  it("still takes the deprecated texte, with the same results as recherche, but not both", async () => {
    expect(await search(`texte: "lycee montdory"`)).toEqual(await search(`recherche: "lycee montdory"`));
    const both = await graphql(service.url, `{ etablissements(recherche: "montdory", texte: "montdory") { totalCount } }`);
    expect(both.body.errors?.[0].message).toBe("Give recherche or texte (its deprecated name), not both.");
    const long = await graphql(service.url, `{ etablissements(recherche: "${"lycee ".repeat(40)}") { totalCount } }`);
    expect(long.body.errors?.[0].message).toBe('"recherche" is too long (239 characters, at most 200).');
  });

  it("lists what is near a point, nearest first, with the distance", async () => {
    const page = await search(`proximite: ${CLERMONT}`);
    // The four Clermont-Ferrand établissements and Riom's lycée (about 14 km), not Issoire (about 30 km).
    expect(page.etablissements.totalCount).toBe(5);
    const distances = page.etablissements.nodes.map((n) => n.distanceKm!);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    expect(uais(page)[4]).toBe("0631985R");
    // The deprecated presDe still gives the same list.
    expect(await search(`presDe: ${CLERMONT}`)).toEqual(page);
  });

  it("takes proximite or presDe, not both, and says what is wrong with a point or a radius", async () => {
    const messages = async (args: string) => (await graphql(service.url, `{ etablissements(${args}) { totalCount } }`)).body.errors?.map((e) => e.message);
    expect(await messages(`proximite: ${CLERMONT}, presDe: ${CLERMONT}`)).toEqual(["Give proximite or presDe (its deprecated form), not both."]);
    expect(await messages(`proximite: { latitude: 95, longitude: 3, rayonKm: 5 }`)).toEqual(["proximite: (95, 3) is not a WGS 84 point (latitude −90…90 and longitude −180…180, both required)."]);
    expect(await messages(`proximite: { latitude: 45.7, longitude: 3.1, rayonKm: 250 }`)).toEqual(["proximite.rayonKm must be more than 0 and at most 200 (got 250)."]);
    expect(await messages(`proximite: { latitude: 45.7, longitude: 3.1, codeCommune: "63113", rayonKm: 5 }`)).toEqual(["proximite: give either latitude and longitude, or codeCommune (not both)."]);
    expect(await messages(`proximite: { codeCommune: "Clermont", rayonKm: 5 }`)).toEqual(['"Clermont" is not a valid INSEE commune code: expected something like 63113.']);
  });

  it("filters by type, secteur, département, académie, voie, apprentissage, internat and formation", async () => {
    expect((await search(`types: [LYCEE], departement: "63"`)).etablissements.totalCount).toBe(4);
    expect(uais(await search(`secteur: PRIVE, departement: "03"`))).toEqual(["0030935A", "0030112F"]);
    expect((await search(`academie: "06"`)).etablissements.totalCount).toBe(16);
    expect(uais(await search(`voie: GENERALE, departement: "63"`))).toEqual(["0630068G", "0631985R"]);
    expect(uais(await search(`apprentissage: true, codeCommune: "63113"`))).toEqual(["0631978H"]);
    expect((await search(`internat: true`)).etablissements.totalCount).toBe(5);
    expect(uais(await search(`formation: "FOR.3119", proximite: ${CLERMONT}`))).toEqual(["0630022G", "0631985R"]);
  });

  it("lists the CIO as établissements of type CIO, nearest first", async () => {
    type Cios = { cios: { nodes: { uai: string; type: string; distanceKm: number }[] } };
    const { body } = await graphql<Cios>(service.url, `{ cios(proximite: { latitude: 44.93, longitude: 2.44, rayonKm: 200 }) { nodes { uai type distanceKm } } }`);
    expect(body.data!.cios.nodes.map((n) => [n.uai, n.type])).toEqual([["0151601J", "CIO"], ["0631601Y", "CIO"]]);
    // The deprecated presDe keeps its own limit of 300 km.
    const old = await graphql<Cios>(service.url, `{ cios(presDe: { latitude: 44.93, longitude: 2.44, rayonKm: 300 }) { nodes { uai type distanceKm } } }`);
    expect(old.body).toEqual(body);
  });

  it("refuses bad filters with a clear message", async () => {
    const { body } = await graphql(service.url, `{ etablissements(formation: "menuisier") { totalCount } }`);
    expect(body.errors?.[0].message).toBe('"menuisier" is not a valid Onisep formation id: expected something like FOR.1234.');
    const academie = await graphql(service.url, `{ etablissements(academie: "Clermont") { totalCount } }`);
    expect(academie.body.errors?.[0].message).toBe('"Clermont" is not a valid académie code: expected something like 06.');
    const far = await graphql(service.url, `{ etablissements(presDe: { latitude: 95, longitude: 3, rayonKm: 5 }) { totalCount } }`);
    expect(far.body.errors?.[0].message).toBe("latitude must be between -90 and 90 (got 95).");
  });

  it("pages a search result", async () => {
    const first = await graphql<{ etablissements: { nodes: { uai: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } }>(
      service.url,
      `{ etablissements(proximite: ${CLERMONT}, first: 3) { nodes { uai } pageInfo { endCursor hasNextPage } } }`,
    );
    const page1 = first.body.data!.etablissements;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await graphql<Page>(service.url, `query($after: String) { etablissements(proximite: ${CLERMONT}, first: 3, after: $after) { totalCount nodes { uai nom distanceKm } } }`, {
      after: page1.pageInfo.endCursor,
    });
    const all = uais(await search(`proximite: ${CLERMONT}`));
    expect([...page1.nodes.map((n) => n.uai), ...uais(second.body.data!)]).toEqual(all);
  });
});
