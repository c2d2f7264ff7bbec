import { checkReadPath, operationsOf, startTestService, type Samples, type TestService } from "@prisme/testing";
import type { OnisepModels } from "./context";
import { onisep } from "./definition";
import { FICHES_FORMATIONS_JSON, FORMATIONS_CSV, METIERS_ROME_CSV, METIERS_XML, ROME_APPELLATIONS, ROME_DOMAINES, ROME_FICHES, runImport } from "./importers/import-test-helpers";

jest.setTimeout(300_000);

/** Realistic values from the real exports, for every argument the schema has (a new required one must be added here). */
const SAMPLES: Samples = {
  arguments: {
    "Query.metier.id": "MET.289",
    "Query.formation.id": "FOR.1007",
    "Query.rome.code": "M1805",
    recherche: "ebeniste",
    "Query.formations.recherche": "bts comptabilite",
    domaine: "arts, culture, artisanat",
    codeRome: "M1805",
    niveau: 5,
    type: "BTS",
    codeRncp: "RNCP35990",
    "Query.romes.recherche": "plaquiste",
    transitionEcologique: true,
    transitionNumerique: true,
    transitionDemographique: true,
    first: 5,
    reponses: [
      { question: "Q01", option: "a" },
      { question: "Q02", option: "b" },
      { question: "Q03", option: "c" },
      { question: "Q04", option: "a" },
      { question: "Q05", option: "b" },
      { question: "Q06", option: "c" },
      { question: "Q07", option: "a" },
      { question: "Q08", option: "b" },
    ],
  },
  representations: {
    Metier: { id: "MET.289" },
    Formation: { id: "FOR.1007" },
    Rome: { code: "M1805" },
  },
};

let service: TestService<OnisepModels>;
beforeAll(async () => {
  service = await startTestService(onisep, { demoData: false });
  const files = [
    ["onisep-metiers", METIERS_XML], ["onisep-formations", FORMATIONS_CSV], ["rome", ROME_FICHES], ["rome", ROME_DOMAINES], ["rome", ROME_APPELLATIONS],
    ["onisep-metiers-rome", METIERS_ROME_CSV], ["onisep-fiches-formations", FICHES_FORMATIONS_JSON],
  ];
  for (const [source, file] of files) await runImport(service, source!, file!);
});
afterAll(() => service.dispose());

describe("read-path rule (onisep, real Idéo exports imported)", () => {
  it("answers every root and entity field reading the database by _id only, without errors", async () => {
    const operations = operationsOf(await onisep.buildSchema(), SAMPLES);
    expect(operations.length).toBeGreaterThan(40);
    const { violations, errors } = await checkReadPath(service.url, service.connection, operations);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
