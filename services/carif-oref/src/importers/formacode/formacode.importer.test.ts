import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ImportFormatError } from "@prisme/common";
import { graphql, sharedData, startTestService, type TestService } from "@prisme/testing";
import type { CarifOrefModels } from "../../context";
import { carifOref } from "../../definition";
import { FORMACODES } from "../../formacode/formacode.model";
import { importFormacode } from "./formacode.importer";

const FORMACODE = sharedData("carif-oref", "formacode_v8_2003_FCod.csv");
const dir = mkdtempSync(join(tmpdir(), "formacode-"));

let service: TestService<CarifOrefModels>;
beforeAll(async () => {
  // With the demonstration offers: their Formacodes are real v8 terms.
  service = await startTestService(carifOref);
});
afterAll(() => service.dispose());

const query = async <T>(text: string) => {
  const { body } = await graphql<T>(service.url, text);
  expect(body.errors).toBeUndefined();
  return body.data!;
};

describe("formacode import", () => {
  it("imports the 3,048 terms of the Formacode v8 export (no header line), and a second import changes nothing", async () => {
    expect((await importFormacode(service.models, FORMACODE)).toJSON()).toMatchObject({ read: 3048, created: 3048, rejected: 0 });
    expect((await importFormacode(service.models, FORMACODE)).toJSON()).toMatchObject({ read: 3048, created: 0, updated: 0, unchanged: 3048 });
    await service.readModel.refresh();
    const data = await query<{ formacode: Record<string, unknown> }>(
      `{ formacode(code: "31054") { code libelle libelleOfficiel champSemantique { code libelle } synonymes definition
         termesGeneriques { code } termesSpecifiques { code libelle } termesAssocies { code } provenance { producteur jeuDeDonnees } } }`,
    );
    expect(data.formacode).toMatchObject({
      code: "31054",
      libelle: "informatique",
      libelleOfficiel: "INFORMATIQUE",
      champSemantique: { code: "310", libelle: "INFORMATIQUE" },
      synonymes: ["bioinformatique", "informatique appliquée", "informatique embarquée", "informatique générale", "informatique initiation"],
      definition: "Traitement automatique de l'information.",
      termesGeneriques: [],
      termesAssocies: [{ code: "24346" }, { code: "24354" }, { code: "24454" }, { code: "30854" }, { code: "30954" }],
      provenance: { producteur: "Centre Inffo", jeuDeDonnees: "Formacode v8" },
    });
    expect((data.formacode.termesSpecifiques as unknown[]).length).toBe(17);
    expect(data.formacode.termesSpecifiques).toContainEqual({ code: "31067", libelle: "analyse programmation" });
    // A public (80015 EMPLOYE) has only its code, libellés and kind.
    expect((await query<{ formacode: unknown }>(`{ formacode(code: "80015") { libelle champSemantique { code } termesGeneriques { code } } }`)).formacode).toEqual({ libelle: "employé", champSemantique: null, termesGeneriques: [] });
  }, 120_000);

  it("finds the offers of a term and of its narrower terms, and names the Formacodes of offers and certifications", async () => {
    const ids = async (args: string) => (await query<{ offres: { nodes: { id: string }[] } }>(`{ offres(${args}, first: 50) { nodes { id } } }`)).offres.nodes.map((n) => n.id).sort();
    // COMPTABILITE GENERALE (32667, AUV-OF-000112) is a narrower term of COMPTABILITE (32663, AUV-OF-000111).
    expect(await ids(`formacode: "32663"`)).toEqual(["AUV-OF-000111", "AUV-OF-000112"]);
    expect(await ids(`formacode: "32667"`)).toEqual(["AUV-OF-000112"]);
    // PERSONNEL PARAMEDICAL (43437): AIDE SOIGNANT and INFIRMIER, one level down.
    expect(await ids(`formacode: "43437"`)).toEqual(["AUV-OF-000106", "AUV-OF-000107"]);
    const data = await query<{ offre: unknown; formacode: { offres: { totalCount: number } } }>(
      `{ offre(id: "AUV-OF-000112") { formacodes descripteursFormacode { code libelle termesGeneriques { code libelle } } }
         formacode(code: "32654") { offres { totalCount } } }`,
    );
    expect(data.offre).toEqual({ formacodes: ["32667"], descripteursFormacode: [{ code: "32667", libelle: "comptabilité générale", termesGeneriques: [{ code: "32663", libelle: "comptabilité" }] }] });
    // GESTION FINANCIERE (32654) › COMPTABILITE › COMPTABILITE GENERALE: two levels down.
    expect(data.formacode.offres.totalCount).toBe(2);
    const certification = await query<{ certificationParCertifInfo: unknown }>(`{ certificationParCertifInfo(code: "94681") { formacodes descripteursFormacode { libelle } } }`);
    expect(certification.certificationParCertifInfo).toEqual({ formacodes: ["45582"], descripteursFormacode: [{ libelle: "ébénisterie" }] });
    const search = await query<{ formacodes: { nodes: { code: string }[] } }>(`{ formacodes(recherche: "bioinformatique", first: 3) { nodes { code } } }`);
    expect(search.formacodes.nodes[0]).toEqual({ code: "31054" });
  });

  it("rejects a bad line with its number, and refuses a file that is not the Formacode export, writing nothing", async () => {
    const lines = readFileSync(FORMACODE, "utf8").split("\n").slice(0, 3);
    lines[1] = lines[1]!.replace(/^11002;/, "11O02;");
    const partial = join(dir, "partial.csv");
    writeFileSync(partial, lines.join("\n"));
    const report = await importFormacode(service.models, partial);
    expect(report.toJSON()).toMatchObject({ read: 3, unchanged: 2, rejected: 1 });
    expect(report.rejections).toEqual([{ where: "line 2", reason: '"11O02" is not a Formacode (five digits)' }]);

    const count = await service.models.db.collection(FORMACODES).countDocuments();
    const attempt = importFormacode(service.models, sharedData("carif-oref", "certif_info.csv"));
    await expect(attempt).rejects.toBeInstanceOf(ImportFormatError);
    await expect(attempt).rejects.toThrow(/not a Formacode export: none of its 10068 lines is a Formacode term \(first reason: \d+ fields where the header has 15/);
    expect(await service.models.db.collection(FORMACODES).countDocuments()).toBe(count);
  });
});
