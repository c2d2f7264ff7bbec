import { refusalProblems, startTestService, type TestService } from "@prisme/testing";
import type { RegionModels } from "../context";
import { region } from "../definition";

/** Whether a message quotes more than a short excerpt of one of the bad files below. */
const recopie = (message: string) => message.includes("x".repeat(100)) || message.includes("<item><a>valeur</a></item>".repeat(5));
const enorme = "x".repeat(30_000);
const MAUVAIS = {
  // A whole XML document on one line: read as CSV, one 30 KB "column".
  "xml-sur-une-ligne.csv": `<root>${"<item><a>valeur</a></item>".repeat(1_500)}</root>\n`,
  // The right columns of every CSV source, with a 30 KB cell in each.
  "cellules-enormes.csv": [
    "Code_commune_INSEE;coordonnees_gps;Code INSEE;Code ML;Nom Officiel ML;Adresse ML;Code Postal ML;Ville ML;id;type;nom;codeCommune;telephone;courriel;siteWeb;horaires;publics",
    Array(17).fill(enorme).join(";"),
  ].join("\n"),
  "json-enorme.json": JSON.stringify([{ id: enorme, nom_officiel: enorme, nom_agence: enorme, code_departement: enorme, type: enorme, nom: enorme, codeCommune: enorme, horaires: enorme }]),
  "json-illisible.json": `{"results": [${enorme}`,
};

let service: TestService<RegionModels>;
beforeAll(async () => {
  service = await startTestService(region, { demoData: false });
});
afterAll(() => service.dispose());

describe("region imports: refusals and rejections quote at most a short excerpt of the file", () => {
  for (const source of Object.keys(region.importers!)) {
    it(source, async () => {
      expect(await refusalProblems(service, region, source, MAUVAIS, recopie)).toEqual([]);
    });
  }
});
