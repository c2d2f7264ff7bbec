import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
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
    // Of the 66 lycées of the file, 10 are demonstration établissements: the rows of the 56 others are kept all the same.
    const pro = await run(SAMPLES.inserjeunesPro);
    expect(pro.toJSON()).toMatchObject({ read: 132, created: 129, updated: 3, rejected: 0, sansEtablissement: 114, uaisInconnues: 56 });
    expect(pro.summary()).toContain("114 row(s) refer to no known établissement (56 UAI not in the Annuaire yet): imported, reachable by their UAI");
    expect((await run(SAMPLES.inserjeunesApprentissage)).toJSON()).toMatchObject({ read: 59, created: 58, updated: 1, rejected: 0, sansEtablissement: 55 });
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

  it("makes the rows of a school the Annuaire has not given reachable by UAI, and from the établissement once it is imported", async () => {
    type Rows = { insertions: { totalCount: number; nodes: { uai: string; libelleEtablissement: string; population: string; etablissement: { nom: string } | null }[] } };
    const parUai = async (uai: string) => {
      const { body } = await graphql<Rows>(service.url, `query($u: ID!) { insertions(uai: $u) { totalCount nodes { uai libelleEtablissement population etablissement { nom } } } }`, { u: uai });
      expect(body.errors).toBeUndefined();
      return body.data!.insertions;
    };
    // A CFA of Moulins: no établissement yet, its row is there, with the DEPP's name.
    expect(await parUai("0030124u")).toEqual({
      totalCount: 1,
      nodes: [{ uai: "0030124U", libelleEtablissement: "Centre de formation d'apprentis - Institut de formation interprofessionnel de l'Allier", population: "APPRENTISSAGE", etablissement: null }],
    });
    expect((await graphql(service.url, `{ etablissement(uai: "0030124U") { uai } }`)).body).toEqual({ data: { etablissement: null } });

    // The Annuaire gives it later: the same row is now reachable from the établissement, and leads to it.
    const annuaire = join(mkdtempSync(join(tmpdir(), "inserjeunes-")), "annuaire.csv");
    writeFileSync(annuaire, "Identifiant_de_l_etablissement;Nom_etablissement;Type_etablissement;Code_commune\n0030124U;CFA IFI 03;Autre;03190\n");
    await runImport(service, "annuaire", annuaire);
    const { body } = await graphql<{ etablissement: { insertions: { nodes: { population: string }[] } } }>(service.url, `{ etablissement(uai: "0030124U") { insertions { nodes { population } } } }`);
    expect(body.data!.etablissement.insertions.nodes).toEqual([{ population: "APPRENTISSAGE" }]);
    expect((await parUai("0030124U")).nodes[0].etablissement).toEqual({ nom: "CFA IFI 03" });
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
