import { allStored, readStored } from "@prisme/testing";
import { FORMATIONS } from "../../formation/formation.model";
import { join } from "node:path";
import { ImportFormatError } from "@prisme/common";
import { startTestService, type TestService } from "@prisme/testing";
import type { OnisepModels } from "../../context";
import { onisep } from "../../definition";
import { FORMATIONS_CSV, METIERS_XML, counts, runImport, truncatedCopy } from "../import-test-helpers";

jest.setTimeout(300_000); // the real export through FerretDB takes a minute or more

let service: TestService<OnisepModels>;
beforeAll(async () => {
  service = await startTestService(onisep, { demoData: false });
});
afterAll(() => service.dispose());

describe("onisep-formations importer", () => {
  it("imports the 6,086 formations of the real Idéo-Formations export, then finds nothing to change", async () => {
    const first = await runImport(service, "onisep-formations", FORMATIONS_CSV);
    expect(counts(first)).toEqual({ read: 6086, created: 6086, updated: 0, unchanged: 0, rejected: 0 });
    expect(await service.models.db.collection(FORMATIONS).countDocuments()).toBe(6086);

    const ebeniste = await readStored(service.models.db, FORMATIONS, "FOR.1119");
    expect(ebeniste).toMatchObject({
      libelle: "BTMS ébéniste",
      sigle: "BTMS",
      type: { sigle: "BTMS", libelle: "brevet technique des métiers supérieur" },
      duree: "2 ans",
      codeRncp: "35990",
      codeCnis: "234",
      // the export's "niveau RNCP" 3 is the old nomenclature for bac+2, i.e. European level 5
      niveau: { europeen: 5, libelle: "niveau 5 (bac + 2)", valeurSource: "3" },
      tutelle: "Chambres de métiers et de l'artisanat",
      urlOnisep: "https://www.onisep.fr/http/redirection/formation/slug/FOR.1119",
      provenance: { producteur: "Onisep", jeuDeDonnees: "Idéo-Formations initiales en France" },
    });
    expect(ebeniste!.domaines).toEqual([
      { domaine: "construction - architecture - travaux publics", sousDomaine: "ameublement" },
      { domaine: "arts, culture, artisanat", sousDomaine: "artisanat d'art" },
      { domaine: "matières premières, fabrication, industries", sousDomaine: "matériaux" },
    ]);
    const cap = await readStored(service.models.db, FORMATIONS, "FOR.2491");
    expect(cap!.niveau).toEqual({ europeen: 3, libelle: "niveau 3 (niveau CAP)", valeurSource: "5" });

    const second = await runImport(service, "onisep-formations", FORMATIONS_CSV);
    expect(counts(second)).toEqual({ read: 6086, created: 0, updated: 0, unchanged: 6086, rejected: 0 });
  });

  it("refuses a truncated file and a file of another format as a whole, leaving the stored formations as they were", async () => {
    const before = await allStored(service.models.db, FORMATIONS);
    const truncated = truncatedCopy(FORMATIONS_CSV, 0.5);
    await expect(runImport(service, "onisep-formations", truncated)).rejects.toThrow(ImportFormatError);
    await expect(runImport(service, "onisep-formations", truncated)).rejects.toThrow(/truncated/);
    await expect(runImport(service, "onisep-formations", METIERS_XML)).rejects.toThrow(/refused as a whole, nothing was imported: missing column\(s\) "libellé formation principal"/);
    expect(await allStored(service.models.db, FORMATIONS)).toEqual(before);
  });

  it("accepts the Onisep API's JSON form and rejects a record without a FOR id, with its reason", async () => {
    const report = await runImport(service, "onisep-formations", join(__dirname, "../fixtures/formations-api.json"));
    expect(counts(report)).toEqual({ read: 2, created: 0, updated: 0, unchanged: 1, rejected: 1 });
    expect(report.rejections).toEqual([{ where: "record 2", reason: 'no FOR.nnnn id in the onisep.fr link "http://www.onisep.fr/formation/sans-identifiant"' }]);
  });
});
