import { join } from "node:path";
import { graphql, sharedData, startTestService, type TestService } from "@prisme/testing";
import type { RectoratModels } from "../../context";
import { rectorat } from "../../definition";
import { LIENS_CFD_ONISEP, LIENS_TABLE_DE_PASSAGE } from "../../lien/lien-cfd-onisep.model";
import type { RectoratState } from "../../read-model/rectorat.read-model";
import { SAMPLES } from "../common/samples";
import { countOf, runImport } from "../import-test-helpers";

// The BCN (10,067 rows), Certif Info (10,067) and the table de passage (4,902 items, 4.2 MB) against FerretDB.
jest.setTimeout(300_000);

let service: TestService<RectoratModels>;
beforeAll(async () => {
  service = await startTestService(rectorat);
  await runImport(service, "bcn-mef", SAMPLES.bcnMef);
  await runImport(service, "affelnet", SAMPLES.affelnet);
});
afterAll(() => service.dispose());

const run = (file: string) => runImport(service, "cfd-onisep", file);

/** How many Affelnet offers decode to at least one Onisep formation (the read model's own decoding). */
async function affelnetDecodees(): Promise<number> {
  const { offres, decodage } = (await service.readModel.current()) as RectoratState;
  return [...offres.all()].filter((o) => o.source === "AFFELNET" && decodage.decode(o).formationIds.length > 0).length;
}

const ouEnseignee = async (formation: string) =>
  (await graphql<{ etablissements: { nodes: { uai: string }[] } }>(service.url, `{ etablissements(formation: "${formation}") { nodes { uai } } }`)).body.data!.etablissements.nodes.map((n) => n.uai);

describe("import cfd-onisep: the CFD → Onisep formation links of Certif Info and of the table de passage", () => {
  it("decodes offers with Certif Info, then with the table de passage too", async () => {
    const certifInfo = await run(SAMPLES.certifInfo);
    expect(certifInfo.toJSON()).toMatchObject({ read: 10_067, created: 2_912, rejected: 4 });
    expect(await affelnetDecodees()).toBe(308);
    // A CAP of the Montluçon lycée that Certif Info does not link to Onisep.
    expect(await ouEnseignee("FOR.6816")).not.toContain("0030026M");

    const table = await run(SAMPLES.tableDePassage);
    // 4,902 certifications; 2,811 carry both a CFD and a FOR id, linking 2,705 diplomas.
    expect(table.toJSON()).toMatchObject({ read: 4_902, created: 2_705, updated: 0, rejected: 0 });
    expect(await affelnetDecodees()).toBe(431);
    expect(await ouEnseignee("FOR.6816")).toContain("0030026M");
  });

  it("changes nothing on a second import, and neither source erases the other's links", async () => {
    expect((await run(SAMPLES.tableDePassage)).toJSON()).toMatchObject({ created: 0, updated: 0, unchanged: 2_705 });
    expect((await run(SAMPLES.certifInfo)).toJSON()).toMatchObject({ created: 0, updated: 0, unchanged: 2_912 });
    expect(await countOf(service, LIENS_TABLE_DE_PASSAGE)).toBe(2_705);
    expect(await ouEnseignee("FOR.6816")).toContain("0030026M");
  });

  it("refuses an XML file of another kind, and one cut short, writing nothing", async () => {
    const avant = [await countOf(service, LIENS_CFD_ONISEP), await countOf(service, LIENS_TABLE_DE_PASSAGE)];
    await expect(run(sharedData("onisep", "ideo-metiers_onisep.xml"))).rejects.toThrow(/refused as a whole.*no <item> has <ci_code_scolarite> and <ideo_identifiant_formation>: not the Onisep table de passage/);
    await expect(run(join(__dirname, "fixtures", "table_de_passage_coupee.xml"))).rejects.toThrow(/refused as a whole.*not a well-formed XML export/);
    expect([await countOf(service, LIENS_CFD_ONISEP), await countOf(service, LIENS_TABLE_DE_PASSAGE)]).toEqual(avant);
  });
});
