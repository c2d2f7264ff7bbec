import { allStored } from "@prisme/testing";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ImportFormatError } from "@prisme/common";
import { graphql, startTestService, type TestService } from "@prisme/testing";
import type { CarifOrefModels } from "../../context";
import { carifOref } from "../../definition";
import { OFFRES, type OffreDoc } from "../../offre/offre.model";
import { importLheo as runImport, type LheoImportOptions } from "./lheo.importer";
import { sharedData } from "@prisme/testing";

const SAMPLE_22 = sharedData("carif-oref", "lheo", "lheo-schema_exemple-bts-onisep.xml");
const FIXTURE_23 = join(__dirname, "fixtures", "lheo-2.3-trois-offres.xml");
const dir = mkdtempSync(join(tmpdir(), "lheo-"));
const write = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

let service: TestService<CarifOrefModels>;
/** Imports, then lets the read model follow (as a running subgraph does within a second). */
const importLheo = async (store: CarifOrefModels, path: string, options: LheoImportOptions) => {
  try {
    return await runImport(store, path, options);
  } finally {
    await service.readModel.refresh();
  }
};
const allOffres = () => allStored<OffreDoc>(service.models.db, OFFRES);
beforeAll(async () => {
  service = await startTestService(carifOref, { demoData: false });
});
afterAll(() => service.dispose());

const offre = async (id: string, fields: string) => (await graphql<{ offre: Record<string, unknown> }>(service.url, `{ offre(id: "${id}") { ${fields} } }`)).body;

describe("lheo import", () => {
  it("imports the real LHEO 2.2 sample with every field it carries", async () => {
    const report = await importLheo(service.models, SAMPLE_22, { full: false });
    expect(report.toJSON()).toMatchObject({ read: 1, created: 1, updated: 0, unchanged: 0, rejected: 0 });
    expect(report.organismes.created).toBe(1);
    const body = await offre(
      "9436_18706",
      `intitule certifiante codesRome formacodes codesNsf codesCertifications { codeRncp codeCertifInfo } niveauEntree { code } niveauSortie { code libelle }
       urls versionLheo extras { info valeur } provenance { producteur jeuDeDonnees }
       actions { numero rythme codesPublicVise niveauEntreeObligatoire modaliteEnseignement priseEnChargeFraisPossible entreesSortiesPermanentes urls hebergement dureeIndicative extras { info valeur }
         lieux { nom adresse { lignes codePostal ville codeInsee departement region pays coordonnees { latitude longitude } } commune { code } }
         sessions { numero debut fin precisionDebut adresseInscription { ville codeInsee } } }
       organisme { siret nom numeroActivite telephone courriel web adresse { codeInsee } }
       contactsFormation { nom } contactsOrganisme { nom telephones courriel web } objectifGeneral { code } dateCreation`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.offre).toMatchObject({
      intitule: "BTS négociation et relation client",
      certifiante: true,
      codesRome: ["D1402", "D1403", "D1408"],
      formacodes: ["34582", "34076"],
      codesNsf: ["312"],
      codesCertifications: [{ codeRncp: "474", codeCertifInfo: "19004" }],
      niveauEntree: { code: "0" },
      niveauSortie: { code: "6", libelle: "niveau III (BTS, DUT)" },
      urls: ["www2.cndp.fr/archivage/valid/brochadmin/bouton/c052.htm"],
      versionLheo: "2.2",
      extras: [{ info: "FORMATION ONISEP/DATE EXPORT ONISEP", valeur: "20151203" }, { info: "FORMATION ONISEP/FOR_ID ONISEP", valeur: "9436" }],
      provenance: { producteur: "Carif-Oref", jeuDeDonnees: "Flux LHEO 2.2" },
      actions: [
        {
          numero: "9436_18706",
          rythme: "Temps plein",
          codesPublicVise: ["81061"],
          niveauEntreeObligatoire: true,
          modaliteEnseignement: "PRESENTIEL",
          priseEnChargeFraisPossible: true,
          entreesSortiesPermanentes: false,
          urls: ["lyceedekerneuzec.fr"],
          hebergement: "Internat garçons-filles",
          dureeIndicative: "2 ans",
          extras: [{ info: "type-formation/formation-initiale", valeur: "1" }, { info: "ACTION ONISEP/ACT_ID ONISEP", valeur: "18706" }],
          lieux: [
            {
              nom: "Lycée Kerneuzec",
              adresse: { lignes: ["Kerneuzec"], codePostal: "29391", ville: "QUIMPERLÉ", codeInsee: "29233", departement: "29", region: "53", pays: "FR", coordonnees: { latitude: 47.882108, longitude: -3.5526545 } },
              commune: { code: "29233" },
            },
          ],
          sessions: [{ numero: "9436_18706", debut: "2015-09-01", fin: "2017-08-31", precisionDebut: "JOUR", adresseInscription: { ville: "QUIMPERLÉ", codeInsee: "29233" } }],
        },
      ],
      organisme: { siret: "19290076900014", nom: "Lycée Kerneuzec", numeroActivite: "99999999999", telephone: "02 98 96 48 00", courriel: "ce.0290076a@ac-rennes.fr", web: "lyceedekerneuzec.fr", adresse: { codeInsee: "29233" } },
      // The sample's contact-formation has empty coordonnees: nothing to show.
      contactsFormation: [],
      contactsOrganisme: [{ nom: null, telephones: ["02 98 96 48 00"], courriel: "ce.0290076a@ac-rennes.fr", web: ["lyceedekerneuzec.fr"] }],
      objectifGeneral: null,
      dateCreation: null,
    });
  });

  it("imports an LHEO 2.3 feed, rejecting with its numero and reason only the record that breaks the standard", async () => {
    const report = await importLheo(service.models, FIXTURE_23, { full: false });
    expect(report.toJSON()).toMatchObject({ read: 3, created: 2, rejected: 1 });
    expect(report.rejections).toEqual([{ where: "formation TEST-OF-0002", reason: expect.stringContaining('<debut> "20271345" is not an LHEO date') }]);
    expect((await offre("TEST-OF-0002", "id")).data).toEqual({ offre: null });

    const body = await offre(
      "TEST-OF-0001",
      `codesCertifications { codeRncp } niveauSortie { code } sessions { debut fin precisionDebut precisionFin etatRecrutement }
       actions { modaliteEnseignement nombreHeuresTotal financeurs { code libelle nbPlacesFinancees } organismesFormateurs { siret raisonSociale } extras { info valeur } }`,
    );
    expect(body.data!.offre).toEqual({
      codesCertifications: [{ codeRncp: "37674" }],
      niveauSortie: { code: "15" },
      // AAAAMM00 is a month: its first day for a start, its last day for an end; 00000000 is unknown.
      sessions: [
        { debut: "2027-01-11", fin: "2027-08-31", precisionDebut: "JOUR", precisionFin: "MOIS", etatRecrutement: "OUVERT" },
        { debut: "2027-09-01", fin: null, precisionDebut: "MOIS", precisionFin: null, etatRecrutement: null },
      ],
      actions: [
        {
          modaliteEnseignement: "MIXTE",
          nombreHeuresTotal: 1080,
          financeurs: [
            { code: "2", libelle: "Collectivité territoriale - Conseil régional", nbPlacesFinancees: 12 },
            { code: "16", libelle: "OPCO", nbPlacesFinancees: null },
          ],
          organismesFormateurs: [{ siret: "73282932000074", raisonSociale: "Atelier formateur" }],
          extras: [{ info: "eligibilite/eligible-cpf", valeur: "1" }],
        },
      ],
    });
    const year = await offre("TEST-OF-0003", "sessions { debut fin precisionDebut } actions { modaliteEnseignement entreesSortiesPermanentes }");
    expect(year.data!.offre).toEqual({
      sessions: [{ debut: "2027-01-01", fin: "2027-12-31", precisionDebut: "ANNEE" }],
      actions: [{ modaliteEnseignement: "A_DISTANCE", entreesSortiesPermanentes: true }],
    });
  });

  it("changes nothing when the same file is imported again", async () => {
    const report = await importLheo(service.models, FIXTURE_23, { full: false });
    expect(report.toJSON()).toMatchObject({ read: 3, created: 0, updated: 0, unchanged: 2, rejected: 1 });
    // Unchanged offers are not even mapped: their organismes are not read again either.
    expect(report.organismes).toEqual({ created: 0, updated: 0, unchanged: 0 });
  });

  it("refuses a file of the wrong format as a whole, before writing anything", async () => {
    const before = await allOffres();
    const fixture = readFileSync(FIXTURE_23, "utf8");
    const changed = fixture.replace("Titre professionnel Développeur web et web mobile", "Intitulé modifié");
    const cases: [string, string, RegExp][] = [
      ["v21.xml", fixture.replace("http://lheo.gouv.fr/2.3", "http://www.lheo.org/2.1"), /expected <lheo> in http:\/\/www\.lheo\.org\/2\.2 or http:\/\/lheo\.gouv\.fr\/2\.3/],
      ["offres.csv", "numero;intitule\nA;B\n", /not well-formed XML/],
      // Well-formed up to the last offer, then cut: the first offers must not be written either.
      ["cut.xml", changed.slice(0, changed.lastIndexOf("</formation>")), /not well-formed XML/],
      ["empty.xml", `<?xml version="1.0"?><lheo xmlns="http://lheo.gouv.fr/2.3"><offres></offres></lheo>`, /holds no <formation>/],
    ];
    for (const [name, content, reason] of cases) {
      const attempt = importLheo(service.models, write(name, content), { full: true });
      await expect(attempt).rejects.toBeInstanceOf(ImportFormatError);
      await expect(attempt).rejects.toThrow(reason);
    }
    expect(await allOffres()).toEqual(before);
  });

  it("marks withdrawn the feed offers a full feed lacks, keeps them, and restores them when they come back", async () => {
    const fixture = readFileSync(FIXTURE_23, "utf8");
    const start = fixture.indexOf('<formation numero="TEST-OF-0003">');
    const without3 = write("sans-3.xml", fixture.slice(0, start) + fixture.slice(fixture.indexOf("</formation>", start) + "</formation>".length));

    const full = await importLheo(service.models, without3, { full: true });
    // The 2.2 sample offer and TEST-OF-0003 are gone from this feed; TEST-OF-0002, rejected, keeps whatever was stored.
    expect(full.retirees).toBe(2);
    expect((await offre("TEST-OF-0003", "id retiree")).data).toEqual({ offre: { id: "TEST-OF-0003", retiree: true } });
    expect((await offre("9436_18706", "retiree")).data).toEqual({ offre: { retiree: true } });
    expect((await offre("TEST-OF-0001", "retiree")).data).toEqual({ offre: { retiree: false } });

    const back = await importLheo(service.models, FIXTURE_23, { full: true });
    // The 2.2 sample offer stays withdrawn (already marked: not counted again).
    expect(back.toJSON()).toMatchObject({ created: 0, updated: 1, unchanged: 1, retirees: 0 });
    expect((await offre("TEST-OF-0003", "retiree")).data).toEqual({ offre: { retiree: false } });
  });

  it("withdraws nothing with a partial (delta) feed", async () => {
    const report = await importLheo(service.models, write("delta.xml", readFileSync(FIXTURE_23, "utf8")), { full: false });
    expect(report.retirees).toBe(0);
    expect((await allOffres()).filter((o) => o.retiree)).toHaveLength(1);
  });

  it("recovers from an import stopped between writing offers and their fingerprints, and from a store without fingerprints", async () => {
    const fingerprints = service.models.db.collection("offres_empreintes");
    const stored = await allOffres();
    // Stopped after the offers were written: TEST-OF-0001 has no fingerprint.
    await fingerprints.deleteOne({ _id: "TEST-OF-0001" } as never);
    // Compared with what is stored: the same, so not rewritten.
    const resumed = await importLheo(service.models, FIXTURE_23, { full: false });
    expect(resumed.toJSON()).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejected: 1 });
    // Data stored before fingerprints existed: compared with the offers, nothing is rewritten.
    await fingerprints.deleteMany({});
    const rebuilt = await importLheo(service.models, FIXTURE_23, { full: false });
    expect(rebuilt.toJSON()).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejected: 1 });
    expect(await fingerprints.countDocuments()).toBe(2);
    const strip = (docs: typeof stored) => docs.map(({ provenance, ...rest }) => ({ ...rest, producteur: provenance?.producteur }));
    expect(strip(await allOffres())).toEqual(strip(stored));
  });

  it("imports an offer whose codes its dictionaries do not know, keeping them and warning with line and element", async () => {
    const tolerant = readFileSync(FIXTURE_23, "utf8")
      .replaceAll("TEST-OF-000", "TOL-OF-000")
      .replace('<formation numero="TOL-OF-0001" datemaj="2026-11-02T10:00:00">', '<formation numero="TOL-OF-0001" datecrea="20240115" datemaj="2026-11-02T10:00:00">')
      // dict-AIS: 2 is the second key of "Perfectionnement, élargissement des compétences".
      .replace("<objectif-general-formation>6</objectif-general-formation>", "<objectif-general-formation>2</objectif-general-formation>")
      .replace("<code-financeur>16</code-financeur>", "<code-financeur>42</code-financeur>")
      .replace("<contact-formation><coordonnees><nom>Accueil</nom>", "<contact-formation><type-contact>4</type-contact><coordonnees><nom>Accueil</nom>")
      .replace('<session numero="TEST-SE-0004">', '<session numero="TEST-SE-0004" datemaj="le 3 mars">');
    const report = await importLheo(service.models, write("tolerant.xml", tolerant), { full: false });
    expect(report.toJSON()).toMatchObject({ read: 3, created: 2, rejected: 1, warningCount: 2 });
    expect(report.warnings).toEqual([
      { where: "formation TOL-OF-0001 (line 51, <code-financeur>)", reason: '"42" is not a code of dict-financeurs (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20): kept as given' },
      { where: "formation TOL-OF-0003 (line 116, <session/@datemaj>)", reason: '"le 3 mars" is not an ISO 8601 date: left out' },
    ]);
    expect(report.summary()).toContain("warnings 2");

    const body = await offre(
      "TOL-OF-0001",
      `objectifGeneral { code libelle } dateCreation dateMiseAJour actions { financeurs { code libelle } }
       contactsFormation { type { code libelle } nom telephones } contactsOrganisme { nom }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.offre).toEqual({
      objectifGeneral: { code: "2", libelle: "Perfectionnement, élargissement des compétences" },
      dateCreation: "2024-01-15",
      dateMiseAJour: "2026-11-02",
      actions: [{ financeurs: [{ code: "2", libelle: "Collectivité territoriale - Conseil régional" }, { code: "42", libelle: null }] }],
      contactsFormation: [{ type: { code: "4", libelle: "Accueil" }, nom: "Accueil", telephones: ["04 73 00 00 01"] }],
      contactsOrganisme: [{ nom: "Accueil" }],
    });
    expect((await offre("TOL-OF-0003", "sessions { dateMiseAJour }")).data!.offre).toEqual({ sessions: [{ dateMiseAJour: null }] });
  });
});
