import { graphql, startTestService, type TestService } from "@prisme/testing";
import type { OnisepModels } from "../context";
import { onisep } from "../definition";
import { METIERS_ROME_CSV, METIERS_XML, ROME_APPELLATIONS, ROME_FICHES, runImport } from "../importers/import-test-helpers";

jest.setTimeout(300_000);

let service: TestService<OnisepModels>;
beforeAll(async () => {
  service = await startTestService(onisep, { demoData: false });
  for (const [source, file] of [["onisep-metiers", METIERS_XML], ["rome", ROME_FICHES]]) await runImport(service, source, file);
});
afterAll(() => service.dispose());

const query = async <T>(text: string) => {
  const { body } = await graphql<T>(service.url, text);
  expect(body.errors).toBeUndefined();
  return body.data!;
};
type Page = { totalCount: number; nodes: { id: string; libelle: string }[] };
const metiers = async (args: string) => (await query<{ metiers: Page }>(`{ metiers(${args}) { totalCount nodes { id libelle } } }`)).metiers;

describe("métiers and the ROME referentials", () => {
  it("finds the Onisep métiers of a job title people type, through the appellations of their ROME fiches", async () => {
    // « Gypsier » is an appellation of F1601, the fiche of plâtrier and staffeur: no métier says it.
    expect((await metiers(`recherche: "gypsier"`)).totalCount).toBe(0);
    await runImport(service, "rome", ROME_APPELLATIONS);
    expect((await metiers(`recherche: "gypsier"`)).nodes.map((m) => m.id).sort()).toEqual(["MET.456", "MET.538"]);
    expect((await metiers(`recherche: "plaquiste"`)).nodes[0]).toEqual({ id: "MET.538", libelle: "plâtrier / plâtrière plaquiste" });
    expect((await metiers(`recherche: "boulanger"`)).nodes[0]).toEqual({ id: "MET.17", libelle: "boulanger / boulangère" });
    expect((await metiers(`recherche: "aide-soignant"`)).nodes[0]).toEqual({ id: "MET.561", libelle: "aide-soignant / aide-soignante" });

    const romes = await query<{ romes: { nodes: { code: string; libelle: string }[] }; rome: { appellations: { totalCount: number; nodes: { libelle: string; principale: boolean }[] } } }>(
      `{ romes(recherche: "plaquiste", first: 3) { nodes { code libelle } } rome(code: "F1604") { appellations(first: 2) { totalCount nodes { libelle principale } } } }`,
    );
    expect(romes.romes.nodes[0]).toEqual({ code: "F1604", libelle: "Plaquiste" });
    expect(romes.rome.appellations.nodes[0]).toEqual({ libelle: "Plaquiste", principale: true });
    expect(romes.rome.appellations.totalCount).toBeGreaterThan(5);
  });

  it("gives métiers the transitions of the table métiers ↔ ROME, as fields, filters and facets", async () => {
    const before = await query<{ metier: { transitions: unknown } }>(`{ metier(id: "MET.900") { transitions { ecologique } } }`);
    expect(before.metier.transitions).toBeNull();
    await runImport(service, "onisep-metiers-rome", METIERS_ROME_CSV);
    const data = await query<{ metier: unknown; metiers: { totalCount: number; facettes: { transitionEcologique: { valeur: string; libelle: string; nombre: number }[] } } }>(
      `{ metier(id: "MET.900") { libelle codesRome transitions { ecologique typesEcologique numerique demographique } }
         metiers(transitionEcologique: true, first: 1) { totalCount facettes { transitionEcologique { valeur libelle nombre } } } }`,
    );
    expect(data.metier).toEqual({
      libelle: "élagueur / élagueuse",
      codesRome: ["A1201"],
      transitions: { ecologique: true, typesEcologique: ["EMPLOI_VERT"], numerique: false, demographique: false },
    });
    const facet = Object.fromEntries(data.metiers.facettes.transitionEcologique.map((f) => [f.valeur, f.nombre]));
    expect(data.metiers.totalCount).toBe(facet.true);
    expect(facet.true).toBeGreaterThan(100);
    expect(facet.false).toBeGreaterThan(400);
    // Filters combine: green jobs that are also flagged for the digital transition.
    const both = await metiers(`transitionEcologique: true, transitionNumerique: true, first: 100`);
    expect(both.totalCount).toBeLessThan(data.metiers.totalCount);
    for (const { id } of both.nodes) {
      const { metier } = await query<{ metier: { transitions: { ecologique: boolean; numerique: boolean } } }>(`{ metier(id: "${id}") { transitions { ecologique numerique } } }`);
      expect(metier.transitions).toEqual({ ecologique: true, numerique: true });
    }
    // Idéo-Métiers gives MET.473 the fiche E1107, the table E1103: it has both, and is found by either.
    expect((await query<{ metier: { codesRome: string[] } }>(`{ metier(id: "MET.473") { codesRome } }`)).metier.codesRome).toEqual(["E1107", "E1103"]);
    expect((await metiers(`codeRome: "E1103", first: 100`)).nodes.map((m) => m.id)).toContain("MET.473");
  });
});
