import { join } from "node:path";
import { graphql, startTestService, type TestService } from "@prisme/testing";
import type { RectoratModels } from "../../context";
import { rectorat } from "../../definition";
import { OFFRES } from "../../offre/offre.model";
import { SAMPLES } from "../common/samples";
import { countOf, runImport } from "../import-test-helpers";

// The BCN (10,067 rows) decodes the constat's MEF codes.
jest.setTimeout(300_000);

let service: TestService<RectoratModels>;
beforeAll(async () => {
  service = await startTestService(rectorat);
  await runImport(service, "bcn-mef", SAMPLES.bcnMef);
  await runImport(service, "cfd-onisep", SAMPLES.certifInfo);
});
afterAll(() => service.dispose());

const run = (file: string) => runImport(service, "constat-rentree", file);

/** Where FOR.275 (BTS Aéronautique) is taught, and what the Roger Claustres lycée of Clermont-Ferrand teaches of it. */
async function aeronautique() {
  const { body } = await graphql<{ etablissements: { nodes: { uai: string }[] }; etablissement: { formations: { nodes: Record<string, unknown>[] } } }>(
    service.url,
    `{ etablissements(formation: "FOR.275") { nodes { uai } }
       etablissement(uai: "0630022G") { formations(formation: "FOR.275") { nodes { source statut mefStat11 session effectif capacite libelle cfd provenance { jeuDeDonnees } } } } }`,
  );
  expect(body.errors).toBeUndefined();
  return body.data!;
}

describe("import constat-rentree", () => {
  it("completes what each school teaches with its pupils, where Affelnet and Parcoursup say nothing", async () => {
    expect((await aeronautique()).etablissements.nodes.map((n) => n.uai)).not.toContain("0630022G");

    const report = await run(SAMPLES.constatRentree);
    // 914 rows of 66 schools; the 10 demonstration lycées are known, the 56 others not yet (their rows are kept).
    expect(report.toJSON()).toMatchObject({ read: 914, created: 914, updated: 0, rejected: 0, sansEtablissement: 698, uaisInconnues: 56 });

    const apres = await aeronautique();
    expect(apres.etablissements.nodes.map((n) => n.uai)).toContain("0630022G");
    // Both years of the BTS, each with its pupils at the 2020 rentrée, decoded through the BCN and Certif Info.
    expect(apres.etablissement.formations.nodes).toEqual([
      { source: "CONSTAT_RENTREE", statut: "SCOLAIRE", mefStat11: "32211025302", session: 2020, effectif: 21, capacite: null, libelle: "1BTS2  AERONAUTIQUE", cfd: "32025302", provenance: { jeuDeDonnees: "Constat de rentrée 2020" } },
      { source: "CONSTAT_RENTREE", statut: "SCOLAIRE", mefStat11: "32221025302", session: 2020, effectif: 21, capacite: null, libelle: "2BTS2  AERONAUTIQUE", cfd: "32025302", provenance: { jeuDeDonnees: "Constat de rentrée 2020" } },
    ]);
  });

  it("changes nothing on a second import of the same file", async () => {
    expect((await run(SAMPLES.constatRentree)).toJSON()).toMatchObject({ read: 914, created: 0, updated: 0, unchanged: 914 });
  });

  it("refuses a file of another format as a whole, and keeps what is stored", async () => {
    const avant = await countOf(service, OFFRES);
    await expect(run(SAMPLES.inserjeunesPro)).rejects.toThrow(/refused as a whole.*missing the UAI column/);
    await expect(run(SAMPLES.affelnet)).rejects.toThrow(/refused as a whole.*missing the UAI column/);
    expect(await countOf(service, OFFRES)).toBe(avant);
  });

  it("rejects a bad UAI, a headcount that is no number and a repeated line, and keeps the latest rentrée of a school and formation", async () => {
    const report = await run(join(__dirname, "fixtures", "constat_2020_lignes_fausses.csv"));
    expect(report.toJSON()).toMatchObject({
      read: 6,
      rejected: 4,
      rejections: [
        { where: "line 3", reason: '"0630022X" has a wrong check letter: 0630022 ends with G' },
        { where: "line 4", reason: '0630022G: the headcount "beaucoup" is not a whole number' },
        { where: "line 5", reason: "0630022G × 32211025302 (rentrée 2020) is already on line 2; the first is kept" },
        { where: "line 6", reason: "0630022G × 23810025411: rentrée 2019 is older than the 2020 of line 7, which is kept" },
      ],
    });
  });
});
