import { join } from "node:path";
import { graphql, startTestService, type TestService } from "@prisme/testing";
import type { RectoratModels } from "../../context";
import { rectorat } from "../../definition";
import { ETABLISSEMENTS, type EtablissementDoc } from "../../etablissement/etablissement.model";
import { SAMPLES } from "../common/samples";
import { countOf, runImport, stored } from "../import-test-helpers";

// Whole real files against FerretDB (SQLite), which reads a thousand établissements in about a second.
jest.setTimeout(240_000);

let service: TestService<RectoratModels>;
beforeAll(async () => {
  service = await startTestService(rectorat, { demoData: false });
});
afterAll(() => service.dispose());

const run = (source: string, file: string) => runImport(service, source, file);

describe("import adresse-geolocalisation", () => {
  it("creates the 191 Auvergne collèges (field names as headers, CRLF, BOM), then changes nothing", async () => {
    expect((await run("adresse-geolocalisation", SAMPLES.geolocAuvergne)).toJSON()).toMatchObject({ read: 191, created: 191, updated: 0, rejected: 0 });
    expect((await run("adresse-geolocalisation", SAMPLES.geolocAuvergne)).toJSON()).toMatchObject({ read: 191, created: 0, unchanged: 191 });
    const { body } = await graphql<{ etablissements: { totalCount: number } }>(service.url, `{ etablissements(types: [COLLEGE], academie: "06", secteur: PRIVE) { totalCount } }`);
    expect(body.data!.etablissements.totalCount).toBe(54);
  });

  it("completes an Annuaire établissement (labels as headers) without erasing what the Annuaire gave", async () => {
    await run("annuaire", join(__dirname, "..", "annuaire", "fixtures", "annuaire_uai_invalide.csv"));
    const before = await stored<EtablissementDoc>(service, ETABLISSEMENTS, "0350122T");
    const report = await run("adresse-geolocalisation", join(__dirname, "fixtures", "geoloc_complete_annuaire.csv"));
    expect(report.toJSON()).toMatchObject({ read: 1, created: 0, updated: 1, rejected: 0 });
    const after = await stored<EtablissementDoc>(service, ETABLISSEMENTS, "0350122T");
    expect(after).toMatchObject({ nom: before!.nom, coordonnees: before!.coordonnees, type: "ECOLE", nature: { code: "151" }, origines: { annuaire: before!.origines.annuaire } });
    const { body } = await graphql<{ etablissement: { provenance: { jeuDeDonnees: string }; sources: { jeuDeDonnees: string }[] } }>(
      service.url,
      `{ etablissement(uai: "0350122T") { provenance { jeuDeDonnees } sources { jeuDeDonnees } } }`,
    );
    // The main source stays the Annuaire, whichever wrote last.
    expect(body.data!.etablissement.provenance.jeuDeDonnees).toBe("Annuaire de l'éducation");
    expect(body.data!.etablissement.sources.map((s) => s.jeuDeDonnees)).toEqual(["Annuaire de l'éducation", "Adresse et géolocalisation des établissements du 1er et 2nd degré"]);
  });

  it("refuses a file that is not this dataset, and rejects a bad UAI with its line", async () => {
    const count = await countOf(service, ETABLISSEMENTS);
    await expect(run("adresse-geolocalisation", SAMPLES.affelnet)).rejects.toThrow(/refused as a whole.*identifying columns/);
    expect(await countOf(service, ETABLISSEMENTS)).toBe(count);
    const report = await run("adresse-geolocalisation", join(__dirname, "fixtures", "geoloc_uai_invalide.csv"));
    expect(report.toJSON()).toMatchObject({ read: 2, rejected: 1, rejections: [{ where: "line 3", reason: '"0150014K" has a wrong check letter: 0150014 ends with J' }] });
  });
});
