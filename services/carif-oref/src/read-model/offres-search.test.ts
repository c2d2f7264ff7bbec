import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loggedImport } from "@prisme/common";
import { graphql, startTestService, type TestService } from "@prisme/testing";
import type { CarifOrefModels } from "../context";
import { carifOref } from "../definition";
import { importLheo } from "../importers/lheo/lheo.importer";
import { OFFRES_RECHERCHE } from "./offre.entry";

let service: TestService<CarifOrefModels>;
beforeAll(async () => {
  service = await startTestService(carifOref);
});
afterAll(() => service.dispose());

type Offres = { offres: { totalCount: number; nodes: { id: string; distanceKm: number | null }[] } };
const ids = async (args: string) => {
  const { body } = await graphql<Offres>(service.url, `{ offres(${args}) { totalCount nodes { id distanceKm } } }`);
  expect(body.errors).toBeUndefined();
  return body.data!.offres.nodes.map((n) => n.id);
};
const CLERMONT = "latitude: 45.7772, longitude: 3.0870";

describe("offres search (read model)", () => {
  it("finds offers by text, accents and case ignored, with one typo or a prefix", async () => {
    expect(await ids(`texte: "EBENISTE"`)).toEqual(["AUV-OF-000103"]);
    expect(await ids(`texte: "menusier agenceur"`)).toContain("AUV-OF-000104");
    expect(await ids(`texte: "boulan"`)).toEqual(["AUV-OF-000108"]);
  });

  it("filters by Formacode, RNCP, modality, start date and open recruitment", async () => {
    expect(await ids(`formacode: "45582"`)).toEqual(["AUV-OF-000103"]);
    expect(await ids(`codeRncp: "RNCP37674"`)).toEqual(["AUV-OF-000101"]);
    expect((await ids(`modalite: A_DISTANCE`)).sort()).toEqual(["AUV-OF-000102", "AUV-OF-000112"]);
    expect((await ids(`debutApres: "2027-04-01"`)).sort()).toEqual(["AUV-OF-000107", "AUV-OF-000110", "AUV-OF-000114"]);
    const ouvertes = await ids(`recrutementOuvert: true, first: 100`);
    expect(ouvertes).toHaveLength(13);
    expect(ouvertes).not.toContain("AUV-OF-000102");
  });

  it("lists the offers within 30 km of Clermont-Ferrand, nearest first, each at its nearest place", async () => {
    const { body } = await graphql<Offres>(service.url, `{ offres(autourDe: { ${CLERMONT}, rayonKm: 30 }) { totalCount nodes { id distanceKm } } }`);
    expect(body.data!.offres.totalCount).toBe(6);
    expect(body.data!.offres.nodes.map((n) => [n.id, Math.round(n.distanceKm!)])).toEqual([
      ["AUV-OF-000101", 2], ["AUV-OF-000102", 2], ["AUV-OF-000109", 2], ["AUV-OF-000114", 2], ["AUV-OF-000104", 13], ["AUV-OF-000108", 29],
    ]);
    const first = await graphql<{ offres: { pageInfo: { endCursor: string } } }>(service.url, `{ offres(codeRome: "M1805", autourDe: { ${CLERMONT}, rayonKm: 30 }, first: 1) { pageInfo { endCursor } } }`);
    expect(await ids(`codeRome: "M1805", autourDe: { ${CLERMONT}, rayonKm: 30 }, first: 1, after: "${first.body.data!.offres.pageInfo.endCursor}"`)).toEqual(["AUV-OF-000102"]);
  });

  it("says what is wrong with a bad point, radius or code", async () => {
    const cases: [string, string][] = [
      [`autourDe: { latitude: 95, longitude: 3, rayonKm: 10 }`, "autourDe: (95, 3) is not a WGS 84 point (latitude −90…90 and longitude −180…180, both required)."],
      [`autourDe: { ${CLERMONT}, rayonKm: 500 }`, "autourDe.rayonKm must be more than 0 and at most 200 (got 500)."],
      [`formacode: "abc"`, '"abc" is not a valid Formacode: expected something like 31054.'],
      [`codeRncp: "R-12"`, '"R-12" is not a valid RNCP number: expected something like RNCP37674 or 37674.'],
    ];
    for (const [args, message] of cases) {
      const { body } = await graphql(service.url, `{ offres(${args}) { totalCount } }`);
      expect(body.errors?.[0]).toMatchObject({ message, extensions: { code: "BAD_USER_INPUT" } });
    }
  });

  it("sees an import once the index refreshes, and leaves withdrawn offers out", async () => {
    const fixture = join(__dirname, "..", "importers", "lheo", "fixtures", "lheo-2.3-trois-offres.xml");
    await loggedImport(service.connection, "lheo", fixture, () => importLheo(service.models, fixture, { full: true }));
    await service.readModel.refresh();
    expect(await ids(`texte: "comptable assistant distance"`)).toContain("TEST-OF-0003");
    // A full feed without TEST-OF-0003 withdraws it: gone from search and from the offers of its commune.
    const xml = readFileSync(fixture, "utf8");
    const start = xml.indexOf('<formation numero="TEST-OF-0003">');
    const without = join(mkdtempSync(join(tmpdir(), "lheo-")), "sans-3.xml");
    writeFileSync(without, xml.slice(0, start) + xml.slice(xml.indexOf("</formation>", start) + "</formation>".length));
    await loggedImport(service.connection, "lheo", without, () => importLheo(service.models, without, { full: true }));
    await service.readModel.refresh();
    expect(await ids(`texte: "comptable assistant distance"`)).not.toContain("TEST-OF-0003");
    expect(await ids(`texte: "developpeur web"`)).toContain("TEST-OF-0001");
  });

  it("makes its entries again from the stored offers when they are missing (offers stored before them)", async () => {
    const before = await ids(`autourDe: { ${CLERMONT}, rayonKm: 100 }, first: 100`);
    const entries = service.models.db.collection(OFFRES_RECHERCHE);
    await entries.deleteMany({});
    await service.models.changes.record([{ collection: "offres", all: true }]);
    await service.readModel.refresh();
    expect(await ids(`autourDe: { ${CLERMONT}, rayonKm: 100 }, first: 100`)).toEqual(before);
    expect(before.length).toBeGreaterThan(5);
    // A withdrawn offer gets none.
    expect(await entries.countDocuments({ _id: "TEST-OF-0003" } as never)).toBe(0);
  });
});
