import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { graphql, sharedData, startTestService, type TestService } from "@prisme/testing";
import type { RegionModels } from "../context";
import { region } from "../definition";
import { STRUCTURES, type StructureDoc } from "../structure/structure.model";
import { countIn, runImport, stored } from "./import-test-helpers";

const scratch = mkdtempSync(join(tmpdir(), "region-structures-"));
const run = (service: TestService<RegionModels>, source: string, file: string) => runImport(service, source, file);
const structure = (service: TestService<RegionModels>, id: string) => stored<StructureDoc>(service, STRUCTURES, id);
type Placed = { structure: { codeCommune: string | null; commune: { code: string } | null; coordonnees: { latitude: number; longitude: number } | null } };
const placed = async (service: TestService<RegionModels>, id: string) =>
  (await graphql<Placed>(service.url, `query($id: ID!) { structure(id: $id) { codeCommune commune { code } coordonnees { latitude longitude } } }`, { id })).body.data?.structure;

describe("SPRO structure importers", () => {
  let service: TestService<RegionModels>;
  beforeAll(async () => {
    service = await startTestService(region);
  });
  afterAll(() => service.dispose());

  it("structures-milo: places each Mission locale at the centre of the commune its code starts with, idempotently", async () => {
    const file = sharedData("region", "pass-emploi_referentiel_structures_milo.json");
    const first = await run(service, "structures-milo", file);
    expect(first.read).toBe(450);
    expect(first.created + first.rejectedCount).toBe(450);
    expect(await structure(service, "milo-63113S00")).toMatchObject({ type: "MISSION_LOCALE", nom: "ML CLERMONT métropole et volcans", codeCommune: "63113", coordonnees: null });
    expect(await placed(service, "milo-63113S00")).toEqual({ codeCommune: "63113", commune: { code: "63113" }, coordonnees: { latitude: 45.7856, longitude: 3.1155 } });
    // Anywhere in France, a Mission locale finds its commune (Narbonne: no centre imported here, so no point).
    expect(await structure(service, "milo-11262S00")).toMatchObject({ codeCommune: "11262", coordonnees: null, codeDepartement: "11" });
    expect(await placed(service, "milo-11262S00")).toEqual({ codeCommune: "11262", commune: { code: "11262" }, coordonnees: null });
    // A technical entry of the referential keeps its code, visible though it is no commune.
    expect(await placed(service, "milo-99994S00")).toEqual({ codeCommune: "99994", commune: null, coordonnees: null });

    const second = await run(service, "structures-milo", file);
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: first.created });
  });

  it("agences-france-travail: finds the agency's commune from its name", async () => {
    const report = await run(service, "agences-france-travail", sharedData("region", "pass-emploi_agences_pe.json"));
    expect(report.read).toBe(894);
    expect(report.created).toBe(894);
    expect(await structure(service, "ft-459")).toMatchObject({ type: "FRANCE_TRAVAIL", nom: "Agence France Travail THIERS", codeCommune: "63430" });
    expect(await placed(service, "ft-459")).toEqual({ codeCommune: "63430", commune: { code: "63430" }, coordonnees: { latitude: 45.8621, longitude: 3.5395 } });
    expect((await structure(service, "ft-457"))?.codeCommune).toBe("63113");

    const near = await graphql<{ structures: { nodes: { id: string }[] } }>(service.url, `{ structures(commune: "63430", rayonKm: 5, type: FRANCE_TRAVAIL) { nodes { id } } }`);
    expect(near.body.data?.structures.nodes.map((n) => n.id)).toEqual(["ft-459"]);
  });

  it("mission-locale-couverture: groups the communes each Mission locale covers", async () => {
    const sample = await run(service, "mission-locale-couverture", sharedData("region", "missions_locales_zones_de_couverture_sample.csv"));
    expect(sample.rejectedCount).toBe(0);
    expect(sample.created).toBeGreaterThan(0);
    expect(await structure(service, "ml-75119")).toMatchObject({ nom: "75-ML PARIS 19", communesCouvertes: expect.arrayContaining(["75101", "75102"]) });

    const file = join(scratch, "auvergne.csv");
    writeFileSync(
      file,
      [
        "Code INSEE;Nom Commune;Département Commune;Région Commune;Code Région Commune;Code ML;Nom Officiel ML;Région ML;Code Région ML;Commune présente sur plusieurs ML;Adresse ML;Code Postal ML;Ville ML",
        "63430;Thiers;Puy-de-Dôme(63);x;84;63430;63-ML THIERS;x;84;Non;1 rue test;63300;Thiers",
        "63003;Ambert;Puy-de-Dôme(63);x;84;63430;63-ML THIERS;x;84;Non;1 rue test;63300;Thiers",
        "6300;Ambert;Puy-de-Dôme(63);x;84;63430;63-ML THIERS;x;84;Non;1 rue test;63300;Thiers",
      ].join("\n"),
    );
    const report = await run(service, "mission-locale-couverture", file);
    expect(report.rejections).toEqual([{ where: "line 4", reason: '"6300" is not an INSEE commune code' }]);
    const { body } = await graphql(service.url, `{ commune(code: "63003") { structures { nodes { id nom adresse commune { code } } } } }`);
    expect(body.data).toEqual({ commune: { structures: { nodes: [{ id: "ml-63430", nom: "63-ML THIERS", adresse: "1 rue test, 63300 Thiers", commune: { code: "63430" } }] } } });
  });

  it("refuses a file of another format before writing anything", async () => {
    const before = await countIn(service, STRUCTURES);
    await expect(run(service, "structures-milo", sharedData("region", "laposte_hexasmal_2020.csv"))).rejects.toThrow(/refused as a whole.*not a JSON file/);
    await expect(run(service, "agences-france-travail", sharedData("region", "pass-emploi_referentiel_structures_milo.json"))).rejects.toThrow(/lack the field\(s\) "nom_agence"/);
    await expect(run(service, "mission-locale-couverture", sharedData("region", "pass-emploi_agences_pe.json"))).rejects.toThrow(/refused as a whole/);
    expect(await countIn(service, STRUCTURES)).toBe(before);
  });
});
