import { allStored } from "@prisme/testing";
import { join } from "node:path";
import { graphql, startTestService, type TestService } from "@prisme/testing";
import type { RectoratModels } from "../../context";
import { rectorat } from "../../definition";
import { OFFRES } from "../../offre/offre.model";
import { SAMPLES } from "../common/samples";
import { countOf, runImport } from "../import-test-helpers";

// Whole real files (the BCN table has 10 067 rows) against FerretDB.
jest.setTimeout(600_000);

let service: TestService<RectoratModels>;
beforeAll(async () => {
  service = await startTestService(rectorat, { demoData: false });
});
afterAll(() => service.dispose());

const run = (source: string, file: string) => runImport(service, source, file);

type Offres = { etablissement: { formations: { totalCount: number; nodes: { source: string; statut: string; session: number; capacite: number; demandesPremierVoeu: number; cfd: string | null; libelle: string | null; formations: { id: string }[] }[] } } };

describe("import bcn-mef, cfd-onisep, affelnet and parcoursup", () => {
  it("imports the BCN N_MEF table and the Certif Info CFD → Onisep links, then changes nothing", async () => {
    // 380 MEF rows carry a MEF_STAT_11 with a letter in it (23K…): kept, they are real codes.
    expect((await run("bcn-mef", SAMPLES.bcnMef)).toJSON()).toMatchObject({ read: 10067, created: 10067, rejected: 0 });
    const liens = await run("cfd-onisep", SAMPLES.certifInfo);
    // 2 912 diplomas linked to at least one FOR id; 4 rows link to an Onisep id that is not a formation (TYPDISP.nn).
    expect(liens.toJSON()).toMatchObject({ read: 10067, created: 2912, rejected: 4 });
    expect(liens.rejections[0].reason).toBe('codeIdeo2 "TYPDISP.24" is not an Onisep formation id (FOR.nnnn)');
    expect((await run("bcn-mef", SAMPLES.bcnMef)).toJSON()).toMatchObject({ created: 0, updated: 0, unchanged: 10067 });
    expect((await run("cfd-onisep", SAMPLES.certifInfo)).toJSON()).toMatchObject({ created: 0, updated: 0, unchanged: 2912 });
  });

  it("imports the Affelnet offers, an offer listed on several lines once, and decodes them to Onisep formations", async () => {
    // 451 lines, 442 distinct UAI × MEFSTAT11 × statut.
    expect((await run("affelnet", SAMPLES.affelnet)).toJSON()).toMatchObject({ read: 451, created: 442, rejected: 0 });
    expect((await run("affelnet", SAMPLES.affelnet)).toJSON()).toMatchObject({ created: 0, updated: 0, unchanged: 442 });
    await run("annuaire", join(__dirname, "fixtures", "annuaire_0030026M.csv"));
    const { body } = await graphql<Offres>(
      service.url,
      `{ etablissement(uai: "0030026M") { formations(first: 100) { totalCount nodes { source statut session capacite demandesPremierVoeu cfd libelle formations { id } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const offres = body.data!.etablissement.formations;
    expect(offres.totalCount).toBe(13);
    expect(offres.nodes.find((o) => o.capacite === 60)).toMatchObject({ source: "AFFELNET", statut: "SCOLAIRE", session: 2022, demandesPremierVoeu: 97 });
    expect(offres.nodes.every((o) => o.cfd && o.libelle)).toBe(true);
    const linked = offres.nodes.find((o) => o.formations.length > 0)!;
    expect(linked.formations[0].id).toMatch(/^FOR\.\d+$/);

    // The other way round: the Onisep formation lists the établissement.
    const { body: back } = await graphql<{ _entities: { etablissements: { nodes: { uai: string }[] } }[] }>(
      service.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Formation { etablissements(statut: SCOLAIRE) { nodes { uai } } } } }`,
      { r: [{ __typename: "Formation", id: linked.formations[0].id }] },
    );
    expect(back.data!._entities[0].etablissements.nodes.map((n) => n.uai)).toContain("0030026M");
  });

  it("imports the Parcoursup offers, school and apprenticeship", async () => {
    expect((await run("parcoursup", SAMPLES.parcoursup)).toJSON()).toMatchObject({ read: 377, created: 377, rejected: 0 });
    expect((await run("parcoursup", SAMPLES.parcoursup)).toJSON()).toMatchObject({ created: 0, updated: 0, unchanged: 377 });
    const offres = await allStored<{ source: string; statut: string }>(service.models.db, OFFRES);
    expect(offres.filter((o) => o.source === "PARCOURSUP" && o.statut === "APPRENTISSAGE")).toHaveLength(227);
  });

  it("refuses a file of the wrong format whole, and rejects bad lines with their line and reason", async () => {
    const count = await countOf(service, OFFRES);
    await expect(run("affelnet", SAMPLES.parcoursup)).rejects.toThrow(/refused as a whole.*missing column\(s\) "Etablissement d'accueil"/);
    await expect(run("parcoursup", SAMPLES.affelnet)).rejects.toThrow(/refused as a whole.*missing column\(s\) "UAI"/);
    expect(await countOf(service, OFFRES)).toBe(count);
    const report = await run("affelnet", join(__dirname, "fixtures", "affelnet_2022_lignes_fausses.csv"));
    expect(report.toJSON()).toMatchObject({
      read: 3,
      unchanged: 1,
      rejected: 2,
      rejections: [
        { where: "line 3", reason: '"0030026Z" has a wrong check letter: 0030026 ends with M' },
        { where: "line 4", reason: 'statut "XX" is neither ST nor AP' },
      ],
    });
  });
});
