import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { graphql, sharedData, startTestService, type TestService } from "@prisme/testing";
import type { RegionModels } from "../../context";
import { region } from "../../definition";

const LAPOSTE = sharedData("region", "laposte_hexasmal_2020.csv");
const scratch = mkdtempSync(join(tmpdir(), "region-codes-postaux-"));
const write = (name: string, text: string) => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};
const run = (service: TestService<RegionModels>, file: string) => region.importers!["codes-postaux"].run(service.models, file, { progress: () => undefined });

describe("codes-postaux importer", () => {
  let service: TestService<RegionModels>;
  beforeAll(async () => {
    service = await startTestService(region);
  });
  afterAll(() => service.dispose());

  it("gives the demonstration communes their points, visible as Commune.centre", async () => {
    const { body } = await graphql(service.url, `{ commune(code: "63113") { centre { latitude longitude } centreProvenance { producteur } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ commune: { centre: { latitude: 45.7856, longitude: 3.1155 }, centreProvenance: { producteur: "Prisme" } } });
  });

  it("refuses a file of another format before writing anything", async () => {
    const file = write("wrong.csv", "code;nom\n63113;Clermont\n");
    await expect(run(service, file)).rejects.toThrow(/refused as a whole.*missing column\(s\) "Code_commune_INSEE", "coordonnees_gps"/);
    expect(await service.models.Commune.countDocuments({ "centreProvenance.producteur": "La Poste" })).toBe(0);
  });

  // The national file: ~1,300 updates on FerretDB, slow when the other suites run alongside.
  const SLOW = 480_000;
  let first: Awaited<ReturnType<typeof run>>;

  it("gives every stored commune of the national file its centre", async () => {
    const stored = await service.models.Commune.countDocuments();
    first = await run(service, LAPOSTE);
    // The file has 35,099 INSEE codes; only the 1,287 Auvergne communes are stored, the rest is rejected with a reason.
    expect(first.read).toBeGreaterThan(35_000);
    expect(first.created + first.updated).toBeGreaterThan(stored - 10);
    expect(first.rejections[0].reason).toMatch(/is not stored|no coordonnees_gps|not "latitude,longitude"/);
    const clermont = await service.models.Commune.findOne({ code: "63113" }).lean();
    expect(clermont?.centre?.latitude).toBeCloseTo(45.7856, 3);
    expect(clermont?.centre?.longitude).toBeCloseTo(3.1155, 3);
    expect(clermont?.centreProvenance?.producteur).toBe("La Poste");
    // The Etalab record itself is untouched.
    expect(clermont).toMatchObject({ nom: "Clermont-Ferrand", provenance: { producteur: "Etalab" } });
  }, SLOW);

  it("writes nothing when the same file is imported again", async () => {
    const second = await run(service, LAPOSTE);
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: first.created + first.updated, rejectedCount: first.rejectedCount });
  }, SLOW);

  it("rejects malformed lines with their line number and keeps the good ones", async () => {
    const file = write(
      "mixed.csv",
      [
        "Code_commune_INSEE;Nom_commune;Code_postal;Ligne_5;Libellé_d_acheminement;coordonnees_gps",
        "6311;CLERMONT;63000;;CLERMONT;45.7,3.1",
        "63300;RIOM;63200;;RIOM;north,east",
        "63178;ISSOIRE;63500;;ISSOIRE;45.5,3.2",
      ].join("\n"),
    );
    const report = await run(service, file);
    expect(report.rejections).toEqual([
      { where: "line 2", reason: '"6311" is not an INSEE commune code' },
      { where: "line 3 (63300)", reason: 'coordonnees_gps "north,east" is not "latitude,longitude"' },
    ]);
    expect(report.updated).toBe(1);
    expect((await service.models.Commune.findOne({ code: "63178" }).lean())?.centre).toEqual({ latitude: 45.5, longitude: 3.2 });
  });
});
