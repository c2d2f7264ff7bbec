import { ROMES } from "../../rome/rome.model";
import { readStored, startTestService, type TestService } from "@prisme/testing";
import type { OnisepModels } from "../../context";
import { onisep } from "../../definition";
import { APPELLATIONS_ROME } from "../../rome/appellation.model";
import { METIERS_XML, ROME_APPELLATIONS, ROME_DOMAINES, ROME_FICHES, counts, runImport, truncatedCopy } from "../import-test-helpers";

jest.setTimeout(300_000);

let service: TestService<OnisepModels>;
beforeAll(async () => {
  service = await startTestService(onisep, { demoData: false });
});
afterAll(() => service.dispose());

describe("rome importer", () => {
  it("imports the 609 ROME 4.0 fiches and the 110 domaines professionnels, then finds nothing to change", async () => {
    expect(counts(await runImport(service, "rome", ROME_FICHES))).toEqual({ read: 609, created: 609, updated: 0, unchanged: 0, rejected: 0 });
    expect(counts(await runImport(service, "rome", ROME_DOMAINES))).toEqual({ read: 110, created: 110, updated: 0, unchanged: 0, rejected: 0 });
    expect(await readStored(service.models.db, ROMES, "A1201")).toMatchObject({
      libelle: "Élagueur / Élagueuse",
      codeDomaineProfessionnel: "A12",
      transitions: ["Emploi Vert"],
      provenance: { producteur: "France Travail", jeuDeDonnees: "ROME 4.0" },
    });
    expect(counts(await runImport(service, "rome", ROME_FICHES))).toMatchObject({ created: 0, updated: 0, unchanged: 609 });
  });

  it("recognises the 11,522 appellations by their columns (code_rome among them) and imports them, then finds nothing to change", async () => {
    expect(counts(await runImport(service, "rome", ROME_APPELLATIONS))).toEqual({ read: 11522, created: 11522, updated: 0, unchanged: 0, rejected: 0 });
    expect(await readStored(service.models.db, APPELLATIONS_ROME, "17821")).toMatchObject({ libelle: "Plaquiste", codeRome: "F1604", principale: true });
    expect(counts(await runImport(service, "rome", ROME_APPELLATIONS))).toMatchObject({ created: 0, updated: 0, unchanged: 11522 });
  });

  it("refuses a file that is no ROME file, quoting only a short excerpt of it, and a truncated one, leaving the stored fiches as they were", async () => {
    const before = await service.models.db.collection(ROMES).countDocuments();
    // The Idéo-Métiers export is one line of a megabyte: the message quotes its start only.
    const refusal = await runImport(service, "rome", METIERS_XML).then(() => null, (error: Error) => error.message);
    expect(refusal).toMatch(/refused as a whole, nothing was imported: not a ROME 4.0 file: its header line "<root><item><libelle_metier>accessoiriste/);
    expect(refusal).toContain("appellations (code_ogr;libelle_appellation_long;code_rome)");
    expect(refusal!.length).toBeLessThan(600);
    await expect(runImport(service, "rome", truncatedCopy(ROME_FICHES, 0.5))).rejects.toThrow(/refused as a whole/);
    expect(await service.models.db.collection(ROMES).countDocuments()).toBe(before);
  });
});
