import { allStored, readStored } from "@prisme/testing";
import { METIERS, type MetierDoc } from "../../metier/metier.model";
import { join } from "node:path";
import { startTestService, type TestService } from "@prisme/testing";
import type { OnisepModels } from "../../context";
import { onisep } from "../../definition";
import { FORMATIONS_CSV, METIERS_XML, counts, runImport, truncatedCopy } from "../import-test-helpers";

jest.setTimeout(300_000);

let service: TestService<OnisepModels>;
beforeAll(async () => {
  service = await startTestService(onisep, { demoData: false });
});
afterAll(() => service.dispose());

describe("onisep-metiers importer", () => {
  it("merges the 1,489 rows of the real Idéo-Métiers export into 1,043 métiers, then finds nothing to change", async () => {
    const first = await runImport(service, "onisep-metiers", METIERS_XML);
    expect(counts(first)).toEqual({ read: 1489, created: 1043, updated: 0, unchanged: 0, rejected: 0 });
    expect(await service.models.db.collection(METIERS).countDocuments()).toBe(1043);

    const menuisier = await readStored<MetierDoc>(service.models.db, METIERS, "MET.439");
    expect(menuisier).toMatchObject({
      libelle: "menuisier / menuisière",
      libelleMasculin: "menuisier",
      libelleFeminin: "menuisière",
      codesRome: ["F1607", "H2206"],
      urlOnisep: "https://www.onisep.fr/http/redirection/metier/slug/MET.439",
      provenance: { producteur: "Onisep", jeuDeDonnees: "Idéo-Métiers Onisep" },
    });
    expect(menuisier!.publications!.length).toBeGreaterThan(0);
    const acheteur = await readStored<MetierDoc>(service.models.db, METIERS, "MET.571");
    expect(acheteur!.publications!.map((p) => p.titre)).toEqual(expect.arrayContaining(["Les métiers de l'automobile", "Ecoles de commerce"]));

    const second = await runImport(service, "onisep-metiers", METIERS_XML);
    expect(counts(second)).toEqual({ read: 1489, created: 0, updated: 0, unchanged: 1043, rejected: 0 });
  });

  it("refuses a truncated XML file and a CSV file as a whole, leaving the stored métiers as they were", async () => {
    const before = await allStored(service.models.db, METIERS);
    await expect(runImport(service, "onisep-metiers", truncatedCopy(METIERS_XML, 0.6))).rejects.toThrow(/refused as a whole, nothing was imported: not a well-formed XML export/);
    await expect(runImport(service, "onisep-metiers", FORMATIONS_CSV)).rejects.toThrow(/refused as a whole/);
    expect(await allStored(service.models.db, METIERS)).toEqual(before);
  });

  it("accepts the Onisep API's JSON form, merging rows of one MET id", async () => {
    const report = await runImport(service, "onisep-metiers", join(__dirname, "../fixtures/metiers-api.json"));
    expect(counts(report)).toEqual({ read: 2, created: 0, updated: 1, unchanged: 0, rejected: 0 });
    const ebeniste = await readStored<MetierDoc>(service.models.db, METIERS, "MET.289");
    expect(ebeniste!.publications!.map((p) => p.titre)).toEqual(["Les métiers du bois", "Les métiers de l'artisanat"]);
  });
});
