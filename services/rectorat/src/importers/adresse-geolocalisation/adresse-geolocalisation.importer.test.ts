import { join } from "node:path";
import { noProgress } from "@prisme/common";
import { graphql, startTestService, type TestService } from "@prisme/testing";
import type { RectoratModels } from "../../context";
import { rectorat } from "../../definition";
import { SAMPLES } from "../common/samples";

// Whole real files against FerretDB (SQLite), which reads a thousand établissements in about a second.
jest.setTimeout(240_000);

let service: TestService<RectoratModels>;
beforeAll(async () => {
  service = await startTestService(rectorat, { demoData: false });
});
afterAll(() => service.dispose());

const run = (source: string, file: string) => rectorat.importers![source].run(service.models, file, { progress: noProgress });

describe("import adresse-geolocalisation", () => {
  it("creates the 191 Auvergne collèges (field names as headers, CRLF, BOM), then changes nothing", async () => {
    expect((await run("adresse-geolocalisation", SAMPLES.geolocAuvergne)).toJSON()).toMatchObject({ read: 191, created: 191, updated: 0, rejected: 0 });
    expect((await run("adresse-geolocalisation", SAMPLES.geolocAuvergne)).toJSON()).toMatchObject({ read: 191, created: 0, unchanged: 191 });
    const { body } = await graphql<{ etablissements: { totalCount: number } }>(service.url, `{ etablissements(types: [COLLEGE], academie: "06", secteur: PRIVE) { totalCount } }`);
    expect(body.data!.etablissements.totalCount).toBe(54);
  });

  it("completes an Annuaire établissement (labels as headers) without erasing what the Annuaire gave", async () => {
    await run("annuaire", join(__dirname, "..", "annuaire", "fixtures", "annuaire_uai_invalide.csv"));
    const before = await service.models.Etablissement.findOne({ uai: "0350122T" }).lean();
    const report = await run("adresse-geolocalisation", join(__dirname, "fixtures", "geoloc_complete_annuaire.csv"));
    expect(report.toJSON()).toMatchObject({ read: 1, created: 0, updated: 1, rejected: 0 });
    const after = await service.models.Etablissement.findOne({ uai: "0350122T" }).lean();
    expect(after).toMatchObject({ nom: before!.nom, coordonnees: before!.coordonnees, type: "ECOLE", nature: { code: "151" }, provenance: { jeuDeDonnees: "Annuaire de l'éducation" } });
    const { body } = await graphql<{ etablissement: { sources: { jeuDeDonnees: string }[] } }>(service.url, `{ etablissement(uai: "0350122T") { sources { jeuDeDonnees } } }`);
    expect(body.data!.etablissement.sources.map((s) => s.jeuDeDonnees)).toEqual(["Annuaire de l'éducation", "Adresse et géolocalisation des établissements du 1er et 2nd degré"]);
  });

  it("refuses a file that is not this dataset, and rejects a bad UAI with its line", async () => {
    const count = await service.models.Etablissement.countDocuments();
    await expect(run("adresse-geolocalisation", SAMPLES.affelnet)).rejects.toThrow(/refused as a whole.*identifying columns/);
    expect(await service.models.Etablissement.countDocuments()).toBe(count);
    const report = await run("adresse-geolocalisation", join(__dirname, "fixtures", "geoloc_uai_invalide.csv"));
    expect(report.toJSON()).toMatchObject({ read: 2, rejected: 1, rejections: [{ where: "line 3", reason: '"0150014K" has a wrong check letter: 0150014 ends with J' }] });
  });
});
