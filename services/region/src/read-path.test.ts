import { checkReadPath, operationsOf, sharedData, startTestService, type Samples, type TestService } from "@prisme/testing";
import type { RegionModels } from "./context";
import { region } from "./definition";
import { runImport } from "./importers/import-test-helpers";

jest.setTimeout(300_000);

const TOKEN = "read-path-admin-token";
const JOUR = 24 * 3600 * 1000;
const dans = (jours: number) => new Date(Date.now() + jours * JOUR).toISOString();

/** Realistic values for every argument the schema has (a new required one must be added here). */
const SAMPLES: Samples = {
  arguments: {
    "Query.commune.code": "63113",
    "Query.departement.code": "63",
    "Query.region.code": "84",
    "Query.structure.id": "milo-63113S00",
    "Query.evenement.id": "demo-forum-clermont",
    "Mutation.modifierEvenement.id": "demo-salon-aurillac",
    "Mutation.annulerEvenement.id": "demo-jpo-cio-clermont",
    departement: "63",
    region: "84",
    recherche: "clermont fe",
    // Near Clermont-Ferrand (place de Jaude): proximite, and the deprecated flat arguments it replaces (still answered).
    latitude: 45.7772,
    longitude: 3.087,
    rayonKm: 30,
    commune: "63113",
    proximite: { codeCommune: "63113", rayonKm: 30 },
    "Query.structures.type": "MISSION_LOCALE",
    "Commune.structures.type": "MISSION_LOCALE",
    "Query.evenements.type": "FORUM",
    "Metier.evenements.type": "FORUM",
    "Formation.evenements.type": "FORUM",
    "Etablissement.evenements.type": "JOURNEE_PORTES_OUVERTES",
    public: "JEUNES_16_25",
    du: dans(-30),
    au: dans(60),
    metier: "MET.289",
    formation: "FOR.1119",
    first: 5,
    motif: "Salle indisponible",
    evenement: {
      type: "FORUM",
      titre: "Forum des métiers de l'industrie",
      description: "Rencontres avec des professionnels",
      debut: dans(12),
      fin: dans(12.3),
      codeCommune: "63113",
      organisateurStructure: "milo-63113S00",
      organisateurUai: "0631601Y",
      publics: ["JEUNES_16_25"],
      metierIds: ["MET.289"],
      formationIds: ["FOR.1119"],
      uais: ["0631601Y"],
    },
  },
  representations: {
    Commune: { code: "63113" },
    Departement: { code: "63" },
    Region: { code: "84" },
    StructureSpro: { id: "milo-63113S00" },
    Evenement: { id: "demo-forum-clermont" },
    Metier: { id: "MET.289" },
    Formation: { id: "FOR.1119" },
    Etablissement: { uai: "0631601Y" },
  },
  // Half a point is refused, and so is a radius without a point.
  together: [["latitude", "longitude", "rayonKm"]],
};

let service: TestService<RegionModels>;
beforeAll(async () => {
  process.env.PRISME_ADMIN_TOKEN = TOKEN;
  // The demonstration territory and events, then the real files of ../shared/data/region.
  service = await startTestService(region);
  for (const [source, file] of [
    ["codes-postaux", "laposte_hexasmal_2020.csv"],
    ["structures-milo", "pass-emploi_referentiel_structures_milo.json"],
    ["agences-france-travail", "pass-emploi_agences_pe.json"],
    ["mission-locale-couverture", "missions_locales_zones_de_couverture_sample.csv"],
  ]) {
    await runImport(service, source, sharedData("region", file));
  }
});
afterAll(() => service.dispose());

describe("read-path rule (region, real La Poste and SPRO referentials imported, demonstration events)", () => {
  it("answers every root and entity field, mutations included, reading the database by _id only, without errors", async () => {
    const operations = operationsOf(await region.buildSchema(), SAMPLES);
    expect(operations.length).toBeGreaterThan(60);
    const mutations = new Set(operations.filter((o) => o.coordinate.startsWith("Mutation.")).map((o) => o.coordinate.replace(/\(.*/, "")));
    expect([...mutations].sort()).toEqual(["Mutation.annulerEvenement", "Mutation.creerEvenement", "Mutation.modifierEvenement"]);
    const { violations, errors } = await checkReadPath(service.url, service.connection, operations, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
