import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startTestService, type TestService, readStored } from "@prisme/testing";
import type { OnisepModels } from "../../context";
import { onisep } from "../../definition";
import { METIERS_ROME } from "../../metier/metier-rome.model";
import { FORMATIONS_CSV, METIERS_ROME_CSV, counts, runImport } from "../import-test-helpers";

let service: TestService<OnisepModels>;
beforeAll(async () => {
  service = await startTestService(onisep, { demoData: false });
});
afterAll(() => service.dispose());

describe("onisep-metiers-rome importer", () => {
  it("imports the 963 rows of the table métiers ↔ ROME as 521 ROME fiches with their flags and métiers, then finds nothing to change", async () => {
    expect(counts(await runImport(service, "onisep-metiers-rome", METIERS_ROME_CSV))).toEqual({ read: 963, created: 521, updated: 0, unchanged: 0, rejected: 0 });
    expect(await readStored(service.models.db, METIERS_ROME, "A1201")).toMatchObject({
      libelleRome: "Élagueur / Élagueuse",
      transitionEcologique: true,
      typeTransitionEcologique: "EMPLOI_VERT",
      transitionNumerique: false,
      transitionDemographique: false,
      metiers: [{ id: "MET.705", libelle: "bûcheron / bûcheronne" }, { id: "MET.900", libelle: "élagueur / élagueuse" }],
    });
    // A fiche no Onisep métier points to keeps its flags.
    expect(await readStored(service.models.db, METIERS_ROME, "F1604")).toMatchObject({ transitionEcologique: true, typeTransitionEcologique: "EMPLOI_STRATEGIQUE", metiers: [] });
    expect(counts(await runImport(service, "onisep-metiers-rome", METIERS_ROME_CSV))).toMatchObject({ created: 0, updated: 0, unchanged: 521 });
  });

  it("rejects a row whose flags are not Oui/Non, and refuses a file without the table's columns, writing nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "metiers-rome-"));
    const lines = readFileSync(METIERS_ROME_CSV, "utf8").split("\r\n");
    lines[1] = lines[1]!.replace(/"Non";"";"Non";"Non"$/, '"Peut-être";"";"Non";"Non"');
    const partial = join(dir, "partial.csv");
    writeFileSync(partial, lines.slice(0, 4).join("\r\n") + "\r\n");
    const report = await runImport(service, "onisep-metiers-rome", partial);
    expect(report.rejections).toEqual([{ where: "line 2", reason: 'transitionEcologique is "Peut-être", expected Oui or Non' }]);

    const before = await service.models.db.collection(METIERS_ROME).countDocuments();
    await expect(runImport(service, "onisep-metiers-rome", FORMATIONS_CSV)).rejects.toThrow(/refused as a whole, nothing was imported: missing column\(s\) "Code ROME"/);
    expect(await service.models.db.collection(METIERS_ROME).countDocuments()).toBe(before);
  });
});
