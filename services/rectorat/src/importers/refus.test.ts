import { refusalProblems, startTestService, type TestService } from "@prisme/testing";
import type { RectoratModels } from "../context";
import { rectorat } from "../definition";

/** Whether a message quotes more than a short excerpt of one of the bad files below. */
const recopie = (message: string) => message.includes("x".repeat(100)) || message.includes("<item><a>valeur</a></item>".repeat(5));
const enorme = "x".repeat(30_000);
const MAUVAIS = {
  // A whole XML document on one line: read as CSV, one 30 KB "column".
  "xml-sur-une-ligne_2022_2023.csv": `<root>${"<item><a>valeur</a></item>".repeat(1_500)}</root>\n`,
  // The right columns of every CSV source, with a 30 KB cell in each.
  "cellules-enormes_2022_2023.csv": [
    "Identifiant_de_l_etablissement;Nom_etablissement;n°UAI de l'établissement;Taux de poursuite d'études;Taux;Taux attendu;Valeur ajoutée;Dont apprentis en EPLE;MEF;FORMATION_DIPLOME;MEF_STAT_11;Code_Scolarité;codeIdeo2;Etablissement d'accueil;MEF STAT 11;Statut Offre de formation;Capacité carte scolaire;Demandes vœux 1;UAI;MEFSTAT11;STATUT;CAPACITEPSUP;NB_VOEUX_CONFIRMES;Mef Bcp 11;Nombre d'élèves : Total;numero_uai;appellation_officielle",
    Array(27).fill(enorme).join(";"),
  ].join("\n"),
  "json-illisible.json": `{"results": [${enorme}`,
  "xml-sans-fin.xml": `<root><item><ci_code_scolarite>${enorme}`,
};

let service: TestService<RectoratModels>;
beforeAll(async () => {
  service = await startTestService(rectorat, { demoData: false });
});
afterAll(() => service.dispose());

describe("rectorat imports: refusals and rejections quote at most a short excerpt of the file", () => {
  for (const source of Object.keys(rectorat.importers!)) {
    it(source, async () => {
      expect(await refusalProblems(service, rectorat, source, MAUVAIS, recopie)).toEqual([]);
    });
  }
});
