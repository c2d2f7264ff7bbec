import { allStored } from "@prisme/testing";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { graphql, startTestService, type TestService } from "@prisme/testing";
import type { RegionModels } from "../../context";
import { region } from "../../definition";
import { STRUCTURES, type StructureDoc } from "../../structure/structure.model";
import { countIn, runImport, stored } from "../import-test-helpers";

const scratch = mkdtempSync(join(tmpdir(), "region-structures-prisme-"));
const fixture = (name: string, content: string) => {
  const file = join(scratch, name);
  writeFileSync(file, content, "utf8");
  return file;
};
const run = (service: TestService<RegionModels>, file: string) => runImport(service, "structures", file);
const structure = (service: TestService<RegionModels>, id: string) => stored<StructureDoc>(service, STRUCTURES, id);

const HEADER = "id;type;nom;adresse;codeCommune;latitude;longitude;telephone;courriel;siteWeb;publics;services;communesCouvertes;uai;horaires;precisionHoraires";
const PIJ =
  "pij-clermont;PIJ;Point information jeunesse de Clermont-Ferrand;1 place de la Jeunesse, 63000 Clermont-Ferrand;63113;45.7772;3.0870;04 73 00 00 40;contact@pij-clermont.example.org;https://pij-clermont.example.org;JEUNES_16_25|ETUDIANTS;Logement|Jobs d'été;63113|63014;;LUNDI 09:00-12:00|LUNDI 13:30-17:00|MARDI 09:00-17:00|MERCREDI 13:30-18:00;sur rendez-vous le mercredi";
const CAP_EMPLOI = "cap-63;CAP_EMPLOI;Cap emploi Puy-de-Dôme;;63113;;;04.73.00.00.50;;;PERSONNES_EN_SITUATION_DE_HANDICAP;;;;;";
const CCI = "cci-aurillac;CHAMBRE_CONSULAIRE;Chambre de commerce et d'industrie du Cantal;;15014;;;+33 4 71 00 00 60;accueil@cci-cantal.example.fr;;ADULTES|SALARIES;Apprentissage;;;JEUDI 09:00-12:00;";

describe("structures importer (Prisme's own format)", () => {
  let service: TestService<RegionModels>;
  beforeAll(async () => {
    service = await startTestService(region);
  });
  afterAll(() => service.dispose());

  it("imports a CSV file, then a second run changes nothing", async () => {
    const file = fixture("structures.csv", [HEADER, PIJ, CAP_EMPLOI, CCI].join("\n"));
    const first = await run(service, file);
    expect(first).toMatchObject({ read: 3, created: 3, updated: 0, unchanged: 0, rejectedCount: 0 });
    expect(await structure(service, "pij-clermont")).toEqual({
      _id: "pij-clermont",
      id: "pij-clermont",
      type: "PIJ",
      nom: "Point information jeunesse de Clermont-Ferrand",
      adresse: "1 place de la Jeunesse, 63000 Clermont-Ferrand",
      codeCommune: "63113",
      codeDepartement: "63",
      coordonnees: { latitude: 45.7772, longitude: 3.087 },
      publics: ["JEUNES_16_25", "ETUDIANTS"],
      services: ["Logement", "Jobs d'été"],
      communesCouvertes: ["63014", "63113"],
      uai: null,
      horaires: [
        { jour: "LUNDI", ouverture: "09:00", fermeture: "12:00" },
        { jour: "LUNDI", ouverture: "13:30", fermeture: "17:00" },
        { jour: "MARDI", ouverture: "09:00", fermeture: "17:00" },
        { jour: "MERCREDI", ouverture: "13:30", fermeture: "18:00" },
      ],
      precisionHoraires: "sur rendez-vous le mercredi",
      contacts: { telephone: "04 73 00 00 40", courriel: "contact@pij-clermont.example.org", siteWeb: "https://pij-clermont.example.org" },
    });
    // No point of its own: stored without one, and shown at the centre of its commune (Aurillac's, from the demonstration centres).
    expect(await structure(service, "cci-aurillac")).toMatchObject({ coordonnees: null, codeDepartement: "15" });
    const cci = await graphql(service.url, `{ structure(id: "cci-aurillac") { coordonnees { latitude longitude } } }`);
    expect(cci.body.data).toEqual({ structure: { coordonnees: { latitude: 44.9245, longitude: 2.4416 } } });

    const second = await run(service, file);
    expect(second).toMatchObject({ read: 3, created: 0, updated: 0, unchanged: 3, rejectedCount: 0 });
  });

  it("imports a JSON file, then a second run changes nothing", async () => {
    const file = fixture(
      "structures.json",
      JSON.stringify([
        {
          id: "cdm-clermont",
          type: "CITE_DES_METIERS",
          nom: "Cité des métiers de Clermont-Ferrand",
          adresse: null,
          codeCommune: "63113",
          telephone: "04 73 00 00 70",
          courriel: "contact@cdm-clermont.example.org",
          siteWeb: null,
          publics: ["ADULTES", "JEUNES_16_25"],
          services: ["Conseil en évolution professionnelle"],
          communesCouvertes: [],
          horaires: [
            { jour: "MARDI", ouverture: "13:00", fermeture: "18:00" },
            { jour: "LUNDI", ouverture: "09:00", fermeture: "12:30" },
          ],
          precisionHoraires: null,
        },
        { id: "cio-riom", type: "CIO", nom: "CIO de Riom", codeCommune: "63300", uai: "0631602Z", horaires: "MERCREDI 09:00-12:00|MERCREDI 13:30-17:00" },
      ]),
    );
    const first = await run(service, file);
    expect(first).toMatchObject({ read: 2, created: 2, updated: 0, unchanged: 0, rejectedCount: 0 });
    expect(await structure(service, "cdm-clermont")).toMatchObject({
      horaires: [
        { jour: "LUNDI", ouverture: "09:00", fermeture: "12:30" },
        { jour: "MARDI", ouverture: "13:00", fermeture: "18:00" },
      ],
      contacts: { telephone: "04 73 00 00 70", courriel: "contact@cdm-clermont.example.org", siteWeb: null },
    });
    expect(await structure(service, "cio-riom")).toMatchObject({ type: "CIO", uai: "0631602Z", horaires: [{ jour: "MERCREDI" }, { jour: "MERCREDI" }] });
    expect(await run(service, file)).toMatchObject({ read: 2, created: 0, updated: 0, unchanged: 2 });
  });

  it("rejects a row of unknown type and a row with bad hours, with line and reason, and imports the rest", async () => {
    const file = fixture(
      "rejets.csv",
      [
        HEADER,
        "pij-thiers;PIJ;PIJ de Thiers;;63430;;;;;;JEUNES_16_25;;;;MARDI 14:00-18:00;",
        "x-1;MAISON_DE_QUARTIER;Maison de quartier;;63113;;;;;;;;;;;",
        "pij-riom;PIJ;PIJ de Riom;;63300;;;;;;;;;;LUNDI 14:00-12:00;",
        "pij-issoire;PIJ;PIJ d'Issoire;;63178;;;;;;;;;;LUNDI 9h-12h;",
        "pij-vichy;PIJ;PIJ de Vichy;;03310;;;;pij.vichy@;;;;;;;",
        "pij-nulle-part;PIJ;PIJ;;6311;;;;;;;;;;;",
        "pij-lyon;PIJ;PIJ de Lyon;;69123;;;;;;;;;;;",
        "pij-beon;PIJ;PIJ de Béon;;01039;;;;;;;;;;;",
      ].join("\n"),
    );
    const report = await run(service, file);
    // Lyon is a commune of the territory (all France); Béon merged into Culoz-Béon in 2019: no current commune has its code.
    expect(report).toMatchObject({ read: 8, created: 2, rejectedCount: 6 });
    expect(report.rejections).toEqual([
      { where: "line 3 (id x-1)", reason: expect.stringMatching(/^unknown type "MAISON_DE_QUARTIER"/) },
      { where: "line 4 (id pij-riom)", reason: 'bad hours "LUNDI 14:00-12:00": closes before it opens' },
      { where: "line 5 (id pij-issoire)", reason: 'bad hours "LUNDI 9h-12h": times must be HH:MM, 00:00 to 23:59' },
      { where: "line 6 (id pij-vichy)", reason: 'bad e-mail "pij.vichy@"' },
      { where: "line 7 (id pij-nulle-part)", reason: expect.stringMatching(/^codeCommune "6311" is not an INSEE commune code/) },
      { where: "line 9 (id pij-beon)", reason: 'unknown commune "01039" (no current commune of France has this code)' },
    ]);
    expect(await structure(service, "pij-thiers")).toMatchObject({ type: "PIJ", codeCommune: "63430" });
    expect(await countIn(service, STRUCTURES, { _id: { $in: ["x-1", "pij-riom", "pij-issoire", "pij-vichy"] } })).toBe(0);
  });

  it("refuses a file without the type column as a whole, leaving stored data unchanged", async () => {
    const all = () => allStored(service.models.db, STRUCTURES);
    const before = await all();
    const csv = fixture("sans-type.csv", ["id;nom;codeCommune", "pij-clermont;Renamed;63113", "pij-nouveau;Nouveau;63113"].join("\n"));
    await expect(run(service, csv)).rejects.toThrow(/refused as a whole.*missing column\(s\) "type"/);
    const json = fixture("sans-type.json", JSON.stringify([{ id: "pij-clermont", nom: "Renamed", codeCommune: "63113" }]));
    await expect(run(service, json)).rejects.toThrow(/refused as a whole.*lack the field\(s\) "type"/);
    await expect(run(service, fixture("pas-json.json", "id;type;nom;codeCommune\n"))).rejects.toThrow(/refused as a whole.*not a JSON file/);
    expect(await all()).toEqual(before);
  });

  it("serves the hours and contacts of an imported PIJ", async () => {
    const { body } = await graphql(
      service.url,
      `{ structure(id: "pij-clermont") { type nom horaires { jour ouverture fermeture } precisionHoraires contacts { telephone courriel siteWeb } commune { code } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      structure: {
        type: "PIJ",
        nom: "Point information jeunesse de Clermont-Ferrand",
        horaires: [
          { jour: "LUNDI", ouverture: "09:00", fermeture: "12:00" },
          { jour: "LUNDI", ouverture: "13:30", fermeture: "17:00" },
          { jour: "MARDI", ouverture: "09:00", fermeture: "17:00" },
          { jour: "MERCREDI", ouverture: "13:30", fermeture: "18:00" },
        ],
        precisionHoraires: "sur rendez-vous le mercredi",
        contacts: { telephone: "04 73 00 00 40", courriel: "contact@pij-clermont.example.org", siteWeb: "https://pij-clermont.example.org" },
        commune: { code: "63113" },
      },
    });
    const near = await graphql<{ structures: { nodes: { id: string; contacts: { courriel: string | null } }[] } }>(
      service.url,
      `{ structures(commune: "63113", rayonKm: 5, type: PIJ) { nodes { id contacts { courriel } } } }`,
    );
    expect(near.body.data?.structures.nodes).toEqual([{ id: "pij-clermont", contacts: { courriel: "contact@pij-clermont.example.org" } }]);
  });

  it("places a structure without a point of its own once its commune's centre is imported, without importing it again", async () => {
    // Aubière (63014) has no demonstration centre.
    await run(service, fixture("aubiere.csv", [HEADER, "pij-aubiere;PIJ;PIJ d'Aubière;;63014;;;;;;;;;;;"].join("\n")));
    const point = `{ structure(id: "pij-aubiere") { coordonnees { latitude longitude } } pres: structures(latitude: 45.75, longitude: 3.11, rayonKm: 2, type: PIJ) { nodes { id } } }`;
    expect((await graphql(service.url, point)).body.data).toEqual({ structure: { coordonnees: null }, pres: { nodes: [] } });

    const centres = fixture("aubiere-centre.csv", ["Code_commune_INSEE;Nom_commune;Code_postal;Ligne_5;Libellé_d_acheminement;coordonnees_gps", "63014;AUBIERE;63170;;AUBIERE;45.7509,3.1109"].join("\n"));
    expect(await runImport(service, "codes-postaux", centres)).toMatchObject({ created: 1 });
    expect((await graphql(service.url, point)).body.data).toEqual({
      structure: { coordonnees: { latitude: 45.7509, longitude: 3.1109 } },
      pres: { nodes: [{ id: "pij-aubiere" }] },
    });
  });
});
