import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ImportFormatError } from "@prisme/common";
import { graphql, sharedData, startTestService, type TestService, readStored } from "@prisme/testing";
import type { CarifOrefModels } from "../../context";
import { carifOref } from "../../definition";
import { PASSAGES } from "../../passage/passage.model";
import { importCertifInfo } from "../certif-info/certif-info.importer";
import { importLheo } from "../lheo/lheo.importer";
import { importTableDePassage } from "./table-de-passage.importer";

const TABLE = sharedData("onisep", "table_de_passage_codes_certifications_et_formations.xml");
const dir = mkdtempSync(join(tmpdir(), "passage-"));

let service: TestService<CarifOrefModels>;
beforeAll(async () => {
  service = await startTestService(carifOref, { demoData: false });
  // Certif Info 112968 (RNCP 36244) as Certif Info publishes it: no Onisep formation in its codeIdeo2.
  const certifInfo = readFileSync(sharedData("carif-oref", "certif_info.csv"), "utf8").split("\n");
  writeFileSync(join(dir, "certif.csv"), [certifInfo[0], ...certifInfo.filter((line) => line.startsWith("112968;"))].join("\n") + "\n");
  await importCertifInfo(service.models, join(dir, "certif.csv"));
  // An offer naming that certification.
  const fixture = readFileSync(join(__dirname, "..", "lheo", "fixtures", "lheo-2.3-trois-offres.xml"), "utf8");
  writeFileSync(join(dir, "offre.xml"), fixture.replace("<code-RNCP>RNCP37674</code-RNCP><code-CERTIFINFO>114920</code-CERTIFINFO>", "<code-CERTIFINFO>112968</code-CERTIFINFO>"));
  await importLheo(service.models, join(dir, "offre.xml"), { full: false });
  await service.readModel.refresh();
});
afterAll(() => service.dispose());

type Formation = { certification: { id: string; idsFormationOnisep: string[]; formations: { id: string }[] } | null; offresContinues: { nodes: { id: string }[] } };
const formation = async (id: string) => {
  const { body } = await graphql<{ _entities: Formation[] }>(
    service.url,
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Formation { certification { id idsFormationOnisep formations { id } } offresContinues { nodes { id } } } } }`,
    { r: [{ __typename: "Formation", id }] },
  );
  expect(body.errors).toBeUndefined();
  return body.data!._entities[0]!;
};

describe("table de passage import", () => {
  it("imports the 4,902 rows of the Onisep table de passage, and a second import changes nothing", async () => {
    expect((await importTableDePassage(service.models, TABLE)).toJSON()).toMatchObject({ read: 4902, created: 4902, rejected: 0 });
    expect((await importTableDePassage(service.models, TABLE)).toJSON()).toMatchObject({ read: 4902, created: 0, updated: 0, unchanged: 4902 });
    expect(await readStored(service.models.db, PASSAGES, "112968")).toMatchObject({
      codeRncp: "36244", idFormation: "FOR.10438", provenance: { producteur: "Onisep", jeuDeDonnees: "Table de passage codes certifications et formations" },
    });
  }, 120_000);

  it("links an Onisep formation that Certif Info's codeIdeo2 does not name to its certification and continuing offers", async () => {
    await service.readModel.refresh();
    expect(await formation("FOR.10438")).toEqual({
      certification: { id: "112968", idsFormationOnisep: ["FOR.10438"], formations: [{ id: "FOR.10438" }] },
      offresContinues: { nodes: [{ id: "TEST-OF-0001" }] },
    });
    // Linked by the table to a Certif Info code that is not imported here: no certification to show, and no offer names it.
    expect(await formation("FOR.8763")).toEqual({ certification: null, offresContinues: { nodes: [] } });
  });

  it("refuses a file that is not the table de passage, writing nothing", async () => {
    const count = await service.models.db.collection(PASSAGES).countDocuments();
    const attempt = importTableDePassage(service.models, sharedData("onisep", "ideo-metiers_onisep.xml"));
    await expect(attempt).rejects.toBeInstanceOf(ImportFormatError);
    await expect(attempt).rejects.toThrow(/not the Onisep table de passage: its items have no <certif_info_ci_identifiant>/);
    const cut = join(dir, "cut.xml");
    writeFileSync(cut, readFileSync(TABLE, "utf8").slice(0, 100_000));
    await expect(importTableDePassage(service.models, cut)).rejects.toThrow(/not a well-formed XML export/);
    expect(await service.models.db.collection(PASSAGES).countDocuments()).toBe(count);
  });
});
