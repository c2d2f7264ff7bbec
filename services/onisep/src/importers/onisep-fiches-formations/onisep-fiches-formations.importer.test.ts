import { graphql, startTestService, type TestService } from "@prisme/testing";
import type { OnisepModels } from "../../context";
import { onisep } from "../../definition";
import { FICHES_FORMATIONS } from "../../formation/fiche-formation.model";
import { FICHES_FORMATIONS_JSON, FORMATIONS_CSV, METIERS_XML, counts, runImport } from "../import-test-helpers";

jest.setTimeout(300_000);

let service: TestService<OnisepModels>;
beforeAll(async () => {
  service = await startTestService(onisep, { demoData: false });
});
afterAll(() => service.dispose());

describe("onisep-fiches-formations importer", () => {
  it("imports the 30 fiches, HTML sanitised, then finds nothing to change", async () => {
    expect(counts(await runImport(service, "onisep-fiches-formations", FICHES_FORMATIONS_JSON))).toEqual({ read: 30, created: 30, updated: 0, unchanged: 0, rejected: 0 });
    expect(counts(await runImport(service, "onisep-fiches-formations", FICHES_FORMATIONS_JSON))).toMatchObject({ created: 0, updated: 0, unchanged: 30 });
    await runImport(service, "onisep-formations", FORMATIONS_CSV);
    const { body } = await graphql<{ formation: { libelle: string; fiche: { description: string; acces: string; poursuitesEtudes: string; poursuitesPossibles: string[]; provenance: { jeuDeDonnees: string } } } }>(
      service.url,
      `{ formation(id: "FOR.1007") { libelle fiche { description acces poursuitesEtudes poursuitesPossibles provenance { jeuDeDonnees } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const fiche = body.data!.formation.fiche;
    expect(fiche.description).toMatch(/^<p>La 2<sup>de<\/sup> professionnelle <b>métiers de la construction durable du bâtiment et des travaux publics <\/b>regroupe/);
    // The export's classes and entities are gone: only allowed tags, accents as text.
    for (const html of [fiche.description, fiche.acces, fiche.poursuitesEtudes]) {
      expect(html).not.toMatch(/class=|&eacute;|<script|<div|style=/);
      expect([...html.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]).every((tag) => ["p", "b", "sup", "ul", "li", "br", "strong", "i", "em", "a"].includes(tag!))).toBe(true);
    }
    expect(fiche.poursuitesPossibles).toContain("Bac pro travaux publics");
    expect(fiche.provenance.jeuDeDonnees).toBe("Idéo-Fiches formations");
    // A formation without a fiche.
    const sans = await graphql<{ formation: { fiche: null } }>(service.url, `{ formation(id: "FOR.1119") { fiche { description } } }`);
    expect(sans.body.data!.formation).toEqual({ fiche: null });
  });

  it("refuses a file that is not the fiches formations, writing nothing", async () => {
    const before = await service.models.db.collection(FICHES_FORMATIONS).countDocuments();
    await expect(runImport(service, "onisep-fiches-formations", METIERS_XML)).rejects.toThrow(/refused as a whole, nothing was imported: not valid JSON/);
    expect(await service.models.db.collection(FICHES_FORMATIONS).countDocuments()).toBe(before);
  });
});
