import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ImportFormatError } from "@prisme/common";
import { graphql, startTestService, type TestService } from "@prisme/testing";
import type { RectoratModels } from "../../context";
import { rectorat } from "../../definition";
import { ETABLISSEMENTS, type EtablissementDoc } from "../../etablissement/etablissement.model";
import { SAMPLES } from "../common/samples";
import { countOf, runImport, stored } from "../import-test-helpers";

// Whole real files against FerretDB (SQLite), which reads a thousand établissements in about a second.
jest.setTimeout(240_000);

let service: TestService<RectoratModels>;
beforeAll(async () => {
  service = await startTestService(rectorat, { demoData: false });
});
afterAll(() => service.dispose());

const annuaire = (file: string) => runImport(service, "annuaire", file);
const fixture = (name: string) => join(__dirname, "fixtures", name);

describe("import annuaire", () => {
  it("imports the Ille-et-Vilaine extract: one établissement per UAI, CIO included", async () => {
    const report = await annuaire(SAMPLES.annuaire);
    // 996 lines, 3 UAIs listed on two lines (etablissement_multi_lignes): 993 établissements.
    expect(report.toJSON()).toMatchObject({ read: 996, created: 993, updated: 0, unchanged: 0, rejected: 0 });
    expect(await countOf(service, ETABLISSEMENTS)).toBe(993);

    const { body } = await graphql<{ cios: { totalCount: number; nodes: { nom: string }[] }; etablissement: Record<string, unknown> }>(
      service.url,
      `{ cios(first: 10) { totalCount nodes { nom } }
         etablissement(uai: "0352072M") { type secteur voies etat commune { code } academie { code nom } departement { code } provenance { jeuDeDonnees } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.cios.totalCount).toBe(5);
    expect(body.data!.cios.nodes.map((n) => n.nom)).toContain("Centre d'information et d'orientation de Saint-Malo");
    // Its two lines: a lycée professionnel and a lycée polyvalent; what either teaches counts.
    expect(body.data!.etablissement).toEqual({
      type: "LYCEE", secteur: "PRIVE", voies: ["GENERALE", "TECHNOLOGIQUE", "PROFESSIONNELLE"], etat: "OUVERT",
      commune: { code: "35288" }, academie: { code: "14", nom: "Rennes" }, departement: { code: "35" }, provenance: { jeuDeDonnees: "Annuaire de l'éducation" },
    });
  });

  it("changes nothing on a second import of the same file", async () => {
    const report = await annuaire(SAMPLES.annuaire);
    expect(report.toJSON()).toMatchObject({ read: 996, created: 0, updated: 0, unchanged: 993, rejected: 0 });
  });

  it("updates hundreds of établissements in one import (the database takes them 50 a command), and says which fields an update empties", async () => {
    // A later vintage where every school changed its phone number, and the first 150 lost their e-mail.
    const lines = readFileSync(SAMPLES.annuaire, "utf8").split("\n");
    const header = lines[0]!.replace(/^\uFEFF/, "").split(";");
    const [telephone, mail] = [header.indexOf("Telephone"), header.indexOf("Mail")];
    const changed = lines.map((line, i) => {
      if (i === 0 || !line.trim()) return line;
      const fields = line.split(";");
      fields[telephone] = `0299${String(i).padStart(6, "0")}`;
      if (i <= 150) fields[mail] = "";
      return fields.join(";");
    });
    const path = join(mkdtempSync(join(tmpdir(), "annuaire-")), "fr-en-annuaire-education.csv");
    writeFileSync(path, changed.join("\n"));
    const report = await annuaire(path);
    expect(report.toJSON()).toMatchObject({ read: 996, created: 0, rejected: 0 });
    expect(report.updated).toBeGreaterThan(900);
    expect(report.emptied.get("contacts.mail")).toBeGreaterThan(100);
    expect(report.emptied.get("contacts.telephone")).toBeUndefined();
    expect(report.summary()).toMatch(/updates emptied: .*contacts\.mail \(\d+\)/);
    const school = (await stored<EtablissementDoc>(service, ETABLISSEMENTS, "0352072M"))!;
    expect(school.contacts?.telephone).toMatch(/^0299\d{6}$/);
    // Back to the published file: the same schools updated again, nothing created or lost.
    const back = await annuaire(SAMPLES.annuaire);
    expect(back.toJSON()).toMatchObject({ created: 0, rejected: 0 });
    expect(await countOf(service, ETABLISSEMENTS)).toBe(993);
  });

  it("refuses a file without the UAI column as a whole, and keeps what is stored", async () => {
    await expect(annuaire(fixture("annuaire_sans_uai.csv"))).rejects.toThrow(ImportFormatError);
    await expect(annuaire(fixture("annuaire_sans_uai.csv"))).rejects.toThrow(/missing column\(s\) "Identifiant_de_l_etablissement"/);
    expect(await countOf(service, ETABLISSEMENTS)).toBe(993);
  });

  it("rejects a line whose UAI has a wrong check letter, with its line and reason, and keeps closed schools", async () => {
    const report = await annuaire(fixture("annuaire_uai_invalide.csv"));
    expect(report.toJSON()).toMatchObject({ read: 3, rejected: 1, rejections: [{ where: "line 3", reason: '"0350122X" has a wrong check letter: 0350122 ends with T' }] });
    const { body } = await graphql<{ etablissement: { etat: string } }>(service.url, `{ etablissement(uai: "0351383N") { etat } }`);
    expect(body.data!.etablissement.etat).toBe("FERME");
  });

  it("reads the open-data API JSON with lower-case names, ignoring unknown fields", async () => {
    const report = await annuaire(fixture("annuaire_api.json"));
    expect(report.toJSON()).toMatchObject({ read: 2, rejected: 1, rejections: [{ where: "record 2" }] });
    const doc = await stored<EtablissementDoc>(service, ETABLISSEMENTS, "0351839J");
    expect(doc).toMatchObject({ type: "CIO", coordonnees: { latitude: 48.11019764691954, longitude: -1.6726602766138592 } });
  });

  it("finds what was imported by text and near a point (the index follows imports)", async () => {
    const { body } = await graphql<{ etablissements: { nodes: { uai: string }[] } }>(
      service.url,
      `{ etablissements(recherche: "orientation saint malo", types: [CIO], proximite: { latitude: 48.65, longitude: -2.0, rayonKm: 10 }) { nodes { uai } } }`,
    );
    expect(body.data!.etablissements.nodes.map((n) => n.uai)).toEqual(["0350065F"]);
  });
});
