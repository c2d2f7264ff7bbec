import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { graphql, startTestService, type TestService } from "@prisme/testing";
import type { RectoratModels } from "../../context";
import { rectorat } from "../../definition";
import { INSERTIONS } from "../../insertion/insertion.model";
import { SAMPLES } from "../common/samples";
import { countOf, runImport } from "../import-test-helpers";

jest.setTimeout(120_000);

let service: TestService<RectoratModels>;
beforeAll(async () => {
  service = await startTestService(rectorat);
});
afterAll(() => service.dispose());

const run = (file: string) => runImport(service, "inserjeunes", file);

describe("import inserjeunes", () => {
  it("imports the voie professionnelle and apprentissage files per millésime and population, then changes nothing", async () => {
    // The demonstration data already holds 4 of these rows, with the same figures but another provenance.
    expect((await run(SAMPLES.inserjeunesPro)).toJSON()).toMatchObject({ read: 132, created: 129, updated: 3, rejected: 0 });
    expect((await run(SAMPLES.inserjeunesApprentissage)).toJSON()).toMatchObject({ read: 59, created: 58, updated: 1, rejected: 0 });
    expect((await run(SAMPLES.inserjeunesPro)).toJSON()).toMatchObject({ created: 0, updated: 0, unchanged: 132 });

    const { body } = await graphql<{ etablissement: { derniereInsertion: Record<string, unknown>; insertions: { totalCount: number } } }>(
      service.url,
      `{ etablissement(uai: "0630041C") { derniereInsertion(population: VOIE_PRO_APPRENTIS) { millesime population tauxPoursuiteEtudes tauxEmploi6Mois valeurAjoutee provenance { producteur jeuDeDonnees } }
         insertions { totalCount } } }`,
    );
    expect(body.data!.etablissement).toEqual({
      // "nd" (not available) is null, never 0.
      derniereInsertion: { millesime: "2022-2023", population: "VOIE_PRO_APPRENTIS", tauxPoursuiteEtudes: 33, tauxEmploi6Mois: null, valeurAjoutee: null, provenance: { producteur: "DEPP", jeuDeDonnees: "InserJeunes 2022-2023" } },
      insertions: { totalCount: 3 },
    });
  });

  it("refuses a file whose name carries no millésime, and keeps what is stored", async () => {
    const count = await countOf(service, INSERTIONS);
    const renamed = join(mkdtempSync(join(tmpdir(), "inserjeunes-")), "inserjeunes.csv");
    copyFileSync(SAMPLES.inserjeunesPro, renamed);
    await expect(run(renamed)).rejects.toThrow(/refused as a whole.*no millésime in the file name/);
    const affelnet = join(mkdtempSync(join(tmpdir(), "inserjeunes-")), "affelnet_2022_2023.csv");
    copyFileSync(SAMPLES.affelnet, affelnet);
    await expect(run(affelnet)).rejects.toThrow(/refused as a whole.*missing column\(s\) "n°UAI de l'établissement"/);
    expect(await countOf(service, INSERTIONS)).toBe(count);
  });

  it("rejects a row with a bad UAI or a rate that is not a number, with its line", async () => {
    const report = await run(join(__dirname, "fixtures", "inserjeunes_2022_2023_lignes_fausses.csv"));
    expect(report.toJSON()).toMatchObject({
      read: 3,
      rejected: 2,
      rejections: [
        { where: "line 3", reason: '"0030124A" has a wrong check letter: 0030124 ends with U' },
        { where: "line 4", reason: '0030126W: "Taux de poursuite d\'études" is "beaucoup", neither a number nor nd' },
      ],
    });
  });
});
