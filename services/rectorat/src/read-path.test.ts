import { join } from "node:path";
import { checkReadPath, graphql, operationsOf, startTestService, type Samples, type TestService } from "@prisme/testing";
import type { RectoratModels } from "./context";
import { rectorat } from "./definition";
import { SAMPLES as FILES } from "./importers/common/samples";
import { runImport } from "./importers/import-test-helpers";

jest.setTimeout(600_000);

const CLERMONT = { latitude: 45.7772, longitude: 3.087 };

/** Realistic values from the real files, for every argument the schema has (a new required one must be added here). */
const SAMPLES: Samples = {
  arguments: {
    // A lycée of Montluçon: Affelnet offers decoded to Onisep formations, InserJeunes rates.
    uai: "0030026M",
    "Query.academie.code": "06",
    recherche: "college blaise pascal",
    texte: "college blaise pascal",
    types: ["COLLEGE"],
    secteur: "PUBLIC",
    etats: ["OUVERT"],
    codeCommune: "63113",
    departement: "63",
    academie: "06",
    voie: "PROFESSIONNELLE",
    apprentissage: true,
    internat: true,
    ecoleMaternelle: true,
    ecoleElementaire: true,
    educationPrioritaire: ["REP", "REP_PLUS"],
    ulis: true,
    formation: "FOR.298",
    // A point: a commune's centre would be asked to the region subgraph, which this test does not start.
    proximite: { ...CLERMONT, rayonKm: 20 },
    presDe: { ...CLERMONT, rayonKm: 20 },
    // Montluçon is about 80 km from Clermont-Ferrand.
    "Formation.etablissements.proximite": { ...CLERMONT, rayonKm: 120 },
    "Formation.etablissements.presDe": { ...CLERMONT, rayonKm: 120 },
    statut: "SCOLAIRE",
    population: "VOIE_PRO_ENSEMBLE",
    first: 5,
  },
  representations: {
    Etablissement: { uai: "0030026M" },
    Formation: { id: "FOR.298" },
    Commune: { code: "63113" },
    Academie: { code: "06" },
    // Owned by the region subgraph and only pointed at here, but in _Entity all the same.
    Departement: { code: "63" },
  },
};

let service: TestService<RectoratModels>;
beforeAll(async () => {
  // The demonstration lycées locate the Affelnet ones (the real Annuaire sample is of Ille-et-Vilaine,
  // the géolocalisation one has collèges only); the real files are imported over them.
  service = await startTestService(rectorat);
  const annuaire0030026M = join(__dirname, "importers", "affelnet", "fixtures", "annuaire_0030026M.csv");
  for (const [source, file] of [
    ["annuaire", FILES.annuaire],
    ["annuaire", annuaire0030026M],
    ["adresse-geolocalisation", FILES.geolocAuvergne],
    ["bcn-mef", FILES.bcnMef],
    ["cfd-onisep", FILES.certifInfo],
    ["affelnet", FILES.affelnet],
    ["parcoursup", FILES.parcoursup],
    ["inserjeunes", FILES.inserjeunesPro],
    ["inserjeunes", FILES.inserjeunesApprentissage],
    ["constat-rentree", FILES.constatRentree],
  ] as const) {
    await runImport(service, source, file);
  }
});
afterAll(() => service.dispose());

describe("read-path rule (rectorat, real Annuaire, géolocalisation, BCN, Certif Info, Affelnet, Parcoursup, InserJeunes and constat de rentrée files imported)", () => {
  it("answers every root and entity field reading the database by _id only, without errors", async () => {
    const operations = operationsOf(await rectorat.buildSchema(), SAMPLES);
    expect(operations.length).toBeGreaterThan(30);
    const { violations, errors } = await checkReadPath(service.url, service.connection, operations);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("finds something with the samples: they exercise real data, not empty lists", async () => {
    const { body } = await graphql<{
      etablissements: { totalCount: number };
      etablissement: { formations: { totalCount: number }; derniereInsertion: { millesime: string } | null };
      _entities: { etablissements: { nodes: { uai: string; distanceKm: number }[] } }[];
    }>(
      service.url,
      `query($r: [_Any!]!) {
        etablissements(proximite: { latitude: 45.7772, longitude: 3.087, rayonKm: 20 }, types: [COLLEGE]) { totalCount }
        etablissement(uai: "0030026M") { formations(formation: "FOR.298") { totalCount } derniereInsertion { millesime } }
        _entities(representations: $r) { ... on Formation { etablissements(proximite: { latitude: 45.7772, longitude: 3.087, rayonKm: 120 }) { nodes { uai distanceKm } } } }
      }`,
      { r: [{ __typename: "Formation", ...SAMPLES.representations.Formation }] },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.etablissements.totalCount).toBeGreaterThan(10);
    // Its Affelnet offer decoded through BCN and Certif Info, the demonstration one, and three years of the constat de rentrée.
    expect(body.data!.etablissement.formations.totalCount).toBe(5);
    expect(body.data!.etablissement.derniereInsertion?.millesime).toBe("2022-2023");
    expect(body.data!._entities[0].etablissements.nodes.map((n) => n.uai)).toContain("0030026M");
  });
});
