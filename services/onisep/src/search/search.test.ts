import { graphql, startTestService, type TestService } from "@prisme/testing";
import type { OnisepModels } from "../context";
import { onisep } from "../definition";
import { FORMATIONS_CSV, METIERS_XML, runImport } from "../importers/import-test-helpers";

jest.setTimeout(300_000);

type Page = { totalCount: number; nodes: { id: string; libelle: string; niveau?: { europeen: number } }[] };

let service: TestService<OnisepModels>;
beforeAll(async () => {
  service = await startTestService(onisep, { demoData: false });
  await runImport(service, "onisep-metiers", METIERS_XML);
  await runImport(service, "onisep-formations", FORMATIONS_CSV);
});
afterAll(() => service.dispose());

const metiers = async (args: string) => {
  const { body } = await graphql<{ metiers: Page }>(service.url, `{ metiers(${args}) { totalCount nodes { id libelle } } }`);
  expect(body.errors).toBeUndefined();
  return body.data!.metiers;
};

describe("search over the real Onisep exports", () => {
  it.each(["ebeniste", "ébéniste", "EBENISTE", "ebenist", "ebenistr"])('finds the métier ébéniste first for "%s"', async (recherche) => {
    const page = await metiers(`recherche: "${recherche}", first: 5`);
    expect(page.nodes[0]).toEqual({ id: "MET.289", libelle: "ébéniste" });
  });

  it('finds the nursing métiers and formations for "infirmier"', async () => {
    const page = await metiers(`recherche: "infirmier", first: 10`);
    expect(page.nodes[0].id).toBe("MET.38");
    expect(page.nodes.map((n) => n.id)).toContain("MET.343");
    const { body } = await graphql<{ formations: Page }>(service.url, `{ formations(recherche: "infirmier", first: 10) { totalCount nodes { id libelle } } }`);
    expect(body.data!.formations.totalCount).toBeGreaterThan(0);
    expect(body.data!.formations.nodes[0].libelle.toLowerCase()).toContain("infirmier");
  });

  it("filters formations by European level 5 with the right totalCount, and combines text and filters", async () => {
    const { body } = await graphql<{ formations: Page }>(service.url, `{ formations(niveau: 5, first: 100) { totalCount nodes { id niveau { europeen } } } }`);
    // 620 rows of the export say "niveau 5 (bac + 2)" (their "niveau RNCP" column says 3)
    expect(body.data!.formations.totalCount).toBe(620);
    expect(body.data!.formations.nodes.every((n) => n.niveau!.europeen === 5)).toBe(true);

    const bts = await graphql<{ formations: Page }>(service.url, `{ formations(type: "BTS", niveau: 5, domaine: "informatique, internet", first: 50) { totalCount nodes { libelle } } }`);
    expect(bts.body.data!.formations.totalCount).toBeGreaterThan(0);
    expect(bts.body.data!.formations.nodes.every((n) => n.libelle.startsWith("BTS"))).toBe(true);

    const rncp = await graphql<{ formations: Page }>(service.url, `{ formations(codeRncp: "RNCP35990") { totalCount nodes { id } } }`);
    expect(rncp.body.data!.formations).toEqual({ totalCount: 1, nodes: [{ id: "FOR.1119" }] });
  });

  it("filters métiers by ROME code and by domaine", async () => {
    expect((await metiers(`codeRome: "J1506"`)).nodes.map((n) => n.id).sort()).toEqual(["MET.343", "MET.38"].sort());
    const art = await metiers(`domaine: "arts, culture, artisanat/artisanat d'art", recherche: "ebeniste"`);
    expect(art.nodes[0].id).toBe("MET.289");
  });

  it("refuses bad filters with a clear message", async () => {
    const { body } = await graphql(service.url, `{ formations(niveau: 9) { totalCount } }`);
    expect(body.errors?.[0]).toMatchObject({ message: '"niveau" is a European level from 3 (CAP) to 8 (doctorat) (got 9).', extensions: { code: "BAD_USER_INPUT" } });
    const rome = await graphql(service.url, `{ metiers(codeRome: "informatique") { totalCount } }`);
    expect(rome.body.errors?.[0].message).toBe('"informatique" is not a valid ROME code: expected something like M1805.');
  });

  it("lists the domaines of both exports under one libellé each", async () => {
    const { body } = await graphql<{ domaines: { totalCount: number; nodes: { libelle: string; nombreMetiers: number; nombreFormations: number }[] } }>(
      service.url,
      `{ domaines(first: 100) { totalCount nodes { libelle nombreMetiers nombreFormations } } }`,
    );
    const sante = body.data!.domaines.nodes.find((d) => d.libelle === "santé, social, sport");
    expect(sante!.nombreMetiers).toBeGreaterThan(0);
    expect(sante!.nombreFormations).toBeGreaterThan(0); // written "santé - social - sport" in the formations export
  });
});
