import { join } from "node:path";
import { RecordWriter } from "@prisme/common";
import { graphql, startTestService, type TestService } from "@prisme/testing";
import type { RectoratModels } from "../context";
import { rectorat } from "../definition";
import { runImport } from "../importers/import-test-helpers";
import { ETABLISSEMENTS } from "./etablissement.model";

let service: TestService<RectoratModels>;
beforeAll(async () => {
  service = await startTestService(rectorat);
});
afterAll(() => service.dispose());

type Page = { etablissements: { nodes: { uai: string; nom: string }[]; pageInfo: { endCursor: string } } };

async function page(args: string, after?: string): Promise<Page["etablissements"]> {
  const { body } = await graphql<Page>(service.url, `query($after: String) { etablissements(${args}, after: $after) { nodes { uai nom } pageInfo { endCursor } } }`, { after });
  expect(body.errors).toBeUndefined();
  return body.data!.etablissements;
}

const uais = (p: Page["etablissements"]) => p.nodes.map((n) => n.uai);

/** Two made-up établissements of Clermont-Ferrand (valid UAIs): one named before the first page's, one right after it. */
const importeDeux = () => runImport(service, "annuaire", join(__dirname, "fixtures", "annuaire_entre_deux_pages.csv"));

async function retire(uai: string) {
  const writer = new RecordWriter(service.models.db, ETABLISSEMENTS, { provenance: { producteur: "test", jeuDeDonnees: "test" }, counts: { created: 0, updated: 0, unchanged: 0 }, changes: service.models.changes });
  await writer.remove([uai]);
  await service.readModel.refresh();
}

describe("rectorat subgraph: a page starts right after the last record of the page before, whatever changed in between", () => {
  it("by name: établissements imported before and after the cursor, and one removed, between two pages", async () => {
    const first = await page(`codeCommune: "63113", first: 2`);
    // "Centre d'information…" (the CIO) and "Centre de formation d'apprentis…"; then "Cours supérieur de coiffure", the lycée.
    expect(uais(first)).toEqual(["0631601Y", "0631978H"]);

    const report = await importeDeux();
    expect(report.toJSON()).toMatchObject({ created: 2, rejected: 0 });
    await retire("0630003L");

    // "Campus des métiers…" now comes first: an offset would repeat the CFA. The next page starts after
    // the CFA: "Collège Albert Camus", just imported, then the lycée (the school of hairdressing is gone).
    const second = await page(`codeCommune: "63113", first: 2`, first.pageInfo.endCursor);
    expect(uais(second)).toEqual(["0631991X", "0630022G"]);
    expect(uais(await page(`codeCommune: "63113", first: 10`))).toEqual(["0631990W", "0631601Y", "0631978H", "0631991X", "0630022G"]);
  });

  it("nearest first: the last record of the first page removed before the second is asked for", async () => {
    const NEAR = `proximite: { latitude: 45.7772, longitude: 3.087, rayonKm: 20 }`;
    const avant = uais(await page(`${NEAR}, first: 10`));
    expect(avant.length).toBeGreaterThan(4);
    const first = await page(`${NEAR}, first: 2`);
    expect(uais(first)).toEqual(avant.slice(0, 2));

    await retire(avant[1]!);

    // An offset would skip the third record, which is now second.
    const second = await page(`${NEAR}, first: 2`, first.pageInfo.endCursor);
    expect(uais(second)).toEqual(avant.slice(2, 4));
  });
});
