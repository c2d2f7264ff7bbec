import { readStored } from "@prisme/testing";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ImportFormatError } from "@prisme/common";
import { graphql, startTestService, type TestService } from "@prisme/testing";
import type { CarifOrefModels } from "../../context";
import { carifOref } from "../../definition";
import { importRncp } from "../rncp/rncp.importer";
import { importCertifInfo } from "./certif-info.importer";
import { sharedData } from "@prisme/testing";

const CERTIF_INFO = sharedData("carif-oref", "certif_info.csv");
const RNCP = sharedData("carif-oref", "rncp");
const dir = mkdtempSync(join(tmpdir(), "certif-"));

let service: TestService<CarifOrefModels>;
beforeAll(async () => {
  service = await startTestService(carifOref, { demoData: false });
});
afterAll(() => service.dispose());

describe("certif-info and rncp imports", () => {
  it("imports all 10,067 Certif Info rows (9,923 certifications: one row per Onisep FOR id), and a second import changes nothing", async () => {
    const first = await importCertifInfo(service.models, CERTIF_INFO);
    expect(first.toJSON()).toMatchObject({ read: 10067, created: 9923, rejected: 0 });
    const again = await importCertifInfo(service.models, CERTIF_INFO);
    expect(again.toJSON()).toMatchObject({ read: 10067, created: 0, updated: 0, unchanged: 9923 });
    const merged = await readStored(service.models.db, "certifications", "12691");
    expect(merged!.idsFormationOnisep).toEqual(["FOR.5332", "FOR.5663", "FOR.5865", "FOR.6026", "FOR.6234"]);

    const { body } = await graphql(
      service.url,
      `{ parCode: certification(id: "94681") { id libelle niveau codesRome formacodes codesNsf codeRncp codeCfd idsFormationOnisep etatLibelle }
         parRncp: certification(codeRncp: "RNCP37538") { id }
         guillemets: certification(id: "85199") { libelle } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      parCode: {
        id: "94681", libelle: "CAP ébéniste", niveau: "3", codesRome: ["H2207", "H2208"], formacodes: ["45582"], codesNsf: ["234"],
        codeRncp: "37538", codeCfd: expect.any(String), idsFormationOnisep: ["FOR.1088"], etatLibelle: "Publié",
      },
      parRncp: { id: "94681" },
      guillemets: { libelle: 'Test Bright Anglais "level A"' },
    });
    // The whole real file, twice, on FerretDB (which scans for every query): minutes on a loaded machine, not a speed check.
  }, 300_000);

  it("gives certifications their RNCP title, level and status from the France Compétences export", async () => {
    const report = await importRncp(service.models, RNCP);
    expect(report.toJSON()).toMatchObject({ read: 9, created: 9, rejected: 0 });
    const fiche = await readStored(service.models.db, "fiches_rncp", "509");
    expect(fiche).toMatchObject({ intitule: "Agent vérificateur d'appareils extincteurs", niveau: "3", actif: false, codesRome: ["I1203"] });
    expect(await readStored(service.models.db, "fiches_rncp", "RS5000")).toMatchObject({ actif: true, niveau: null, formacodes: ["31004"] });
    expect((await importRncp(service.models, RNCP)).toJSON()).toMatchObject({ created: 0, updated: 0, unchanged: 9 });
  });

  it("rejects a bad row with its line and refuses a file without the Certif Info columns, writing nothing", async () => {
    const lines = readFileSync(CERTIF_INFO, "utf8").split("\n").slice(0, 4);
    lines[2] = lines[2].replace(/^\d+;/, "ABC;");
    const partial = join(dir, "partial.csv");
    writeFileSync(partial, lines.join("\n"));
    const report = await importCertifInfo(service.models, partial);
    expect(report.toJSON()).toMatchObject({ read: 3, rejected: 1, unchanged: 2 });
    expect(report.rejections).toEqual([{ where: "line 3", reason: 'Code_Diplome "ABC" is not a Certif Info code (digits)' }]);

    const count = await service.models.db.collection("certifications").countDocuments();
    const wrong = join(dir, "wrong.csv");
    writeFileSync(wrong, "code;libelle\n1;x\n");
    await expect(importCertifInfo(service.models, wrong)).rejects.toThrow(ImportFormatError);
    await expect(importCertifInfo(service.models, wrong)).rejects.toThrow(/missing column\(s\) "Code_Diplome"/);
    expect(await service.models.db.collection("certifications").countDocuments()).toBe(count);
  }, 120_000);
});
