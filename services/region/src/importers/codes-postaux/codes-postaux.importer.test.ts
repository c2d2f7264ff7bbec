import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { graphql, sharedData, startTestService, type TestService } from "@prisme/testing";
import type { RegionModels } from "../../context";
import { region } from "../../definition";
import { CENTRES_PAR_DEPARTEMENT } from "../../territoire/centres.lots";
import { countIn, runImport } from "../import-test-helpers";

const LAPOSTE = sharedData("region", "laposte_hexasmal_2020.csv");
const scratch = mkdtempSync(join(tmpdir(), "region-codes-postaux-"));
const write = (name: string, text: string) => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};
const run = (service: TestService<RegionModels>, file: string) => runImport(service, "codes-postaux", file);
type Centre = { commune: { nom: string; centre: { latitude: number; longitude: number } | null; centreProvenance: { producteur: string } | null; provenance: { producteur: string } } | null };
const centreDe = async (service: TestService<RegionModels>, code: string) =>
  (await graphql<Centre>(service.url, `query($c: ID!) { commune(code: $c) { nom centre { latitude longitude } centreProvenance { producteur } provenance { producteur } } }`, { c: code })).body.data!.commune;

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
    expect(await countIn(service, CENTRES_PAR_DEPARTEMENT, { "provenance.producteur": "La Poste" })).toBe(0);
  });

  // The national file: 35,099 codes read, 34,857 centres written (every commune of France is stored).
  const SLOW = 240_000;
  let first: Awaited<ReturnType<typeof run>>;

  it("gives every commune of France its centre from the national file", async () => {
    first = await run(service, LAPOSTE);
    // 35,099 INSEE codes; those of communes merged since 2020 (not current) are rejected with a reason.
    expect(first.toJSON()).toMatchObject({ read: 35_099, created: 34_857, updated: 0, rejected: 242 });
    expect(first.rejections.map((r) => r.reason)).toContain("commune 01039 is not stored (not a current commune of the territory)");
    // One lot per département, apart from the demonstration's: La Poste's centre wins, the Etalab record stays Etalab's.
    // (100 départements: the collectivities of the Pacific have no point in the file.)
    expect(await countIn(service, CENTRES_PAR_DEPARTEMENT, { "provenance.producteur": "La Poste" })).toBe(100);
    const clermont = await centreDe(service, "63113");
    expect(clermont).toMatchObject({ nom: "Clermont-Ferrand", centreProvenance: { producteur: "La Poste" }, provenance: { producteur: "Etalab" } });
    expect(clermont!.centre!.latitude).toBeCloseTo(45.7856, 3);
    expect(clermont!.centre!.longitude).toBeCloseTo(3.1155, 3);
    // Far from the demonstration territory: Ajaccio and Saint-Denis de La Réunion have their point too.
    expect((await centreDe(service, "2A004"))!.centre!.latitude).toBeCloseTo(41.93, 1);
    expect((await centreDe(service, "97411"))!.centre!.latitude).toBeCloseTo(-20.9, 1);
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
    // Read: the distinct INSEE codes (a malformed one is no code).
    expect(report.toJSON()).toMatchObject({ read: 2, updated: 1, rejected: 2 });
    expect((await centreDe(service, "63178"))?.centre).toEqual({ latitude: 45.5, longitude: 3.2 });
    // The rest of its département's lot is kept: a file of one line never erases other centres.
    expect((await centreDe(service, "63113"))?.centre?.latitude).toBeCloseTo(45.7856, 3);
  });
});
