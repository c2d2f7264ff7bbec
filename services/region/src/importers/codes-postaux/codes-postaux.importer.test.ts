import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { graphql, sharedData, startTestService, type TestService } from "@prisme/testing";
import { CENTRES, COMMUNES, type CentreDoc, type CommuneDoc } from "../../commune/commune.model";
import type { RegionModels } from "../../context";
import { region } from "../../definition";
import { countIn, runImport, stored } from "../import-test-helpers";

const LAPOSTE = sharedData("region", "laposte_hexasmal_2020.csv");
const scratch = mkdtempSync(join(tmpdir(), "region-codes-postaux-"));
const write = (name: string, text: string) => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};
const run = (service: TestService<RegionModels>, file: string) => runImport(service, "codes-postaux", file);

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
    expect(await countIn(service, CENTRES, { "provenance.producteur": "La Poste" })).toBe(0);
  });

  // The national file: 35,099 codes read, ~1,300 centres written.
  const SLOW = 240_000;
  let first: Awaited<ReturnType<typeof run>>;

  it("gives every stored commune of the national file its centre", async () => {
    const communes = await countIn(service, COMMUNES);
    first = await run(service, LAPOSTE);
    // The file has 35,099 INSEE codes; only the 1,287 Auvergne communes are stored, the rest is rejected with a reason.
    expect(first.read).toBeGreaterThan(35_000);
    expect(first.created + first.updated).toBeGreaterThan(communes - 10);
    expect(first.rejections[0].reason).toMatch(/is not stored|no coordonnees_gps|not "latitude,longitude"/);
    const centre = await stored<CentreDoc>(service, CENTRES, "63113");
    expect(centre?.centre.latitude).toBeCloseTo(45.7856, 3);
    expect(centre?.centre.longitude).toBeCloseTo(3.1155, 3);
    // The Etalab record itself is untouched; the graph joins both, each with its provenance.
    expect(await stored<CommuneDoc>(service, COMMUNES, "63113")).not.toHaveProperty("centre");
    const { body } = await graphql(service.url, `{ commune(code: "63113") { nom centre { latitude } centreProvenance { producteur } provenance { producteur } } }`);
    expect(body.data).toEqual({ commune: { nom: "Clermont-Ferrand", centre: { latitude: centre?.centre.latitude }, centreProvenance: { producteur: "La Poste" }, provenance: { producteur: "Etalab" } } });
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
    expect((await stored<CentreDoc>(service, CENTRES, "63178"))?.centre).toEqual({ latitude: 45.5, longitude: 3.2 });
  });
});
