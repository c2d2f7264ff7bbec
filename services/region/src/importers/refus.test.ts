import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ImportFormatError, type ImportReport } from "@prisme/common";
import { startTestService, type TestService } from "@prisme/testing";
import type { RegionModels } from "../context";
import { region } from "../definition";
import { runImport } from "./import-test-helpers";

// A person acts on a refusal by reading it: it must say what is wrong, not paste the file back
// (@prisme/common clips a reason to 400 characters and a refusal to 1,000).
const LONGUEUR_MAX = 1_200;
/** Whether a message quotes more than a short excerpt of one of the bad files below. */
const recopie = (message: string) => message.includes("x".repeat(100)) || message.includes("<item><a>valeur</a></item>".repeat(5));
const dossier = mkdtempSync(join(tmpdir(), "region-refus-"));
const fichier = (nom: string, texte: string) => {
  const chemin = join(dossier, nom);
  writeFileSync(chemin, texte);
  return chemin;
};
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
      for (const [nom, texte] of Object.entries(MAUVAIS)) {
        const chemin = fichier(nom, texte);
        const issue = await runImport(service, source, chemin).catch((error: unknown) => error);
        if (issue instanceof Error) {
          expect(issue).toBeInstanceOf(ImportFormatError);
          expect(issue.message.replace(chemin, "").length).toBeLessThan(LONGUEUR_MAX);
          expect(recopie(issue.message)).toBe(false);
        } else {
          for (const { where, reason } of (issue as ImportReport).rejections) {
            expect(`${where}: ${reason}`.length).toBeLessThan(LONGUEUR_MAX);
            expect(recopie(`${where}: ${reason}`)).toBe(false);
          }
        }
      }
    });
  }
});
