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

  it("keeps what the Annuaire says of primary schools, éducation prioritaire, ULIS, circonscription, ministère, dates and position precision", async () => {
    const { body } = await graphql<{ ecole: Record<string, unknown>; college: Record<string, unknown> }>(
      service.url,
      `{ ecole: etablissement(uai: "0350944L") { ...details } college: etablissement(uai: "0350708E") { ...details } }
       fragment details on Etablissement { codeCommune ecoleMaternelle ecoleElementaire educationPrioritaire ulis circonscription { code nom } bassinFormation { code libelle }
                                           ministereTutelle dateMiseAJour dateOuverture precisionLocalisation nombreEleves }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      // A maternelle of Rennes in REP+: the main facts of a primary school.
      ecole: {
        codeCommune: "35238", ecoleMaternelle: true, ecoleElementaire: false, educationPrioritaire: "REP_PLUS", ulis: false,
        // The 2023 export has the circonscription's name, not its code, and no bassin de formation.
        circonscription: { code: null, nom: "Circonscription d'inspection du 1er degré de Rennes Sud" }, bassinFormation: null,
        ministereTutelle: "MINISTERE DE L'EDUCATION NATIONALE", dateMiseAJour: "2023-06-08", dateOuverture: "1969-08-22", precisionLocalisation: "Numéro de rue", nombreEleves: 97,
      },
      college: {
        codeCommune: "35095", ecoleMaternelle: null, ecoleElementaire: null, educationPrioritaire: "REP", ulis: true, circonscription: null, bassinFormation: null,
        ministereTutelle: "MINISTERE DE L'EDUCATION NATIONALE", dateMiseAJour: "2023-06-08", dateOuverture: "1966-11-08", precisionLocalisation: "Numéro de rue", nombreEleves: 620,
      },
    });
  });

  it("filters and counts établissements by école maternelle / élémentaire, éducation prioritaire and ULIS", async () => {
    type Liste = { totalCount: number; facettes: Record<string, { valeur: string; nombre: number }[]> };
    const liste = async (args: string) => {
      const { body } = await graphql<{ etablissements: Liste }>(
        service.url,
        `{ etablissements(departement: "35", ${args}) { totalCount facettes { ecoleMaternelle { valeur nombre } ecoleElementaire { valeur nombre } educationPrioritaire { valeur libelle nombre } ulis { valeur nombre } } } }`,
      );
      expect(body.errors).toBeUndefined();
      return body.data!.etablissements;
    };
    const maternelles = await liste("ecoleMaternelle: true");
    expect(maternelles.totalCount).toBe(566);
    expect(maternelles.facettes.ecoleElementaire).toEqual([{ valeur: "true", nombre: 454 }, { valeur: "false", nombre: 112 }]);
    expect((await liste("ecoleElementaire: true")).totalCount).toBe(573);
    expect((await liste("ulis: true")).totalCount).toBe(102);
    const prioritaire = await liste("educationPrioritaire: [REP, REP_PLUS]");
    expect(prioritaire.totalCount).toBe(56);
    expect(prioritaire.facettes.educationPrioritaire).toEqual([
      { valeur: "REP", libelle: "Réseau d'éducation prioritaire (REP)", nombre: 50 },
      { valeur: "REP_PLUS", libelle: "Réseau d'éducation prioritaire renforcé (REP+)", nombre: 6 },
    ]);
    // Combined: the maternelles of éducation prioritaire.
    expect((await liste("ecoleMaternelle: true, educationPrioritaire: [REP, REP_PLUS]")).totalCount).toBe(35);
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

  it("reads the newer layout (71 columns: circonscription and bassin codes, multi_uai…) by header name", async () => {
    // Two schools of the extract in the newer layout (our fixture: circonscription and bassin codes illustrative).
    const report = await annuaire(fixture("annuaire_colonnes_recentes.csv"));
    expect(report.toJSON()).toMatchObject({ read: 2, created: 0, updated: 2, rejected: 0 });
    const { body } = await graphql<{ etablissement: Record<string, unknown> }>(
      service.url,
      `{ etablissement(uai: "0350944L") { nom ecoleMaternelle educationPrioritaire circonscription { code nom } bassinFormation { code libelle } dateMiseAJour coordonnees { latitude } } }`,
    );
    expect(body.data!.etablissement).toEqual({
      nom: "Ecole maternelle publique Guillevic", ecoleMaternelle: true, educationPrioritaire: "REP_PLUS",
      circonscription: { code: "0351995D", nom: "Circonscription d'inspection du 1er degré de Rennes Sud" }, bassinFormation: { code: "14007", libelle: "RENNES" },
      dateMiseAJour: "2025-01-15", coordonnees: { latitude: 48.08942397234678 },
    });
  });

  it("stores the same établissements from the newer layout as API JSON (lower-case names, numbers, position as an object)", async () => {
    const csv = await stored<EtablissementDoc>(service, ETABLISSEMENTS, "0350944L");
    // The records of the CSV fixture as the open-data API gives them.
    const [entete, ...lignes] = readFileSync(fixture("annuaire_colonnes_recentes.csv"), "utf8").replace(/^\uFEFF/, "").trim().split("\n");
    const noms = entete.split(";").map((nom) => nom.toLowerCase());
    const enJson = (ligne: string) => {
      const valeurs = ligne.split(";");
      const record: Record<string, unknown> = {};
      noms.forEach((nom, i) => (record[nom] = valeurs[i] === "" ? null : /^[01]$/.test(valeurs[i]) ? Number(valeurs[i]) : valeurs[i]));
      const [lat, lon] = String(record.position).split(",").map(Number);
      return { ...record, position: { lon, lat }, latitude: lat, longitude: lon };
    };
    const json = join(mkdtempSync(join(tmpdir(), "annuaire-api-")), "annuaire.json");
    writeFileSync(json, JSON.stringify({ total_count: lignes.length, results: lignes.map(enJson) }));
    expect((await annuaire(json)).toJSON()).toMatchObject({ read: 2, created: 0, updated: 0, unchanged: 2 });
    expect((await stored<EtablissementDoc>(service, ETABLISSEMENTS, "0350944L"))?.origines.annuaire?.champs).toEqual(csv?.origines.annuaire?.champs);
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
