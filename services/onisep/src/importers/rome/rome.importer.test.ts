import { ROMES } from "../../rome/rome.model";
import { startTestService, type TestService } from "@prisme/testing";
import type { OnisepModels } from "../../context";
import { onisep } from "../../definition";
import { METIERS_XML, ROME_DOMAINES, ROME_FICHES, counts, runImport, truncatedCopy } from "../import-test-helpers";

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
    expect(await service.models.db.collection(ROMES).findOne({ _id: "A1201" } as never)).toMatchObject({
      libelle: "Élagueur / Élagueuse",
      codeDomaineProfessionnel: "A12",
      transitions: ["Emploi Vert"],
      provenance: { producteur: "France Travail", jeuDeDonnees: "ROME 4.0" },
    });
    expect(counts(await runImport(service, "rome", ROME_FICHES))).toMatchObject({ created: 0, updated: 0, unchanged: 609 });
  });

  it("refuses a file that is neither ROME file, and a truncated one, leaving the stored fiches as they were", async () => {
    const before = await service.models.db.collection(ROMES).countDocuments();
    await expect(runImport(service, "rome", METIERS_XML)).rejects.toThrow(/refused as a whole, nothing was imported: missing column/);
    await expect(runImport(service, "rome", truncatedCopy(ROME_FICHES, 0.5))).rejects.toThrow(/refused as a whole/);
    expect(await service.models.db.collection(ROMES).countDocuments()).toBe(before);
  });
});
