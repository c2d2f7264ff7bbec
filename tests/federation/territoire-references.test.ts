// Établissements anywhere in France, through the gateway: the région subgraph holds every current
// commune, département and région, so the INSEE codes the Rectorat publishes resolve; a code it does
// not hold (a commune merged away, a made-up département) gives a commune or a département without a
// name, never an error, and the rest of the établissement stays whole.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { noProgress } from "@prisme/common";
import { rectorat } from "@prisme/rectorat";
import { graphql } from "@prisme/testing";
import { startTestPlatform, type TestPlatform } from "../src/platform";

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
  const annuaire = join(mkdtempSync(join(tmpdir(), "territoire-")), "annuaire.csv");
  writeFileSync(
    annuaire,
    [
      "Identifiant_de_l_etablissement;Nom_etablissement;Type_etablissement;Code_commune;Code_departement;Code_academie",
      // Made-up établissements (valid UAIs) in Créteil (Val-de-Marne) and Ajaccio: far from the first territory.
      "0940120V;Lycée de Créteil;Lycée;94028;094;24",
      "0620001P;Collège d'Ajaccio;Collège;2A004;02A;20",
      // Béon (01039) merged into Culoz-Béon in 2019; 096 is no département.
      "0010001W;Ecole de Béon;Ecole;01039;096;10",
    ].join("\n"),
  );
  const service = platform.services.rectorat;
  await rectorat.importers!.annuaire.run(service.models as never, annuaire, { progress: noProgress });
  await service.readModel.refresh();
}, 300_000);
afterAll(() => platform?.dispose());


type Etablissement = {
  uai: string;
  nom: string;
  codeCommune: string | null;
  commune: { code: string; nom: string | null; departement: { code: string; nom: string | null } | null } | null;
  departement: { code: string; nom: string | null; region: { code: string; nom: string } | null } | null;
};
const CHAMPS = `uai nom codeCommune commune { code nom departement { code nom } } departement { code nom region { code nom } }`;

async function etablissement(uai: string) {
  const { status, body } = await graphql<{ etablissement: Etablissement }>(platform.gatewayUrl, `query($u: ID!) { etablissement(uai: $u) { ${CHAMPS} } }`, { u: uai });
  expect(status).toBe(200);
  return body;
}

describe("établissements of all France, their communes and départements through the gateway", () => {
  it("resolves a commune, a département and a région far from the first territory", async () => {
    const creteil = await etablissement("0940120V");
    expect(creteil.errors).toBeUndefined();
    expect(creteil.data!.etablissement).toEqual({
      uai: "0940120V", nom: "Lycée de Créteil", codeCommune: "94028",
      commune: { code: "94028", nom: "Créteil", departement: { code: "94", nom: "Val-de-Marne" } },
      departement: { code: "94", nom: "Val-de-Marne", region: { code: "11", nom: "Île-de-France" } },
    });
    const ajaccio = await etablissement("0620001P");
    expect(ajaccio.errors).toBeUndefined();
    expect(ajaccio.data!.etablissement.commune).toEqual({ code: "2A004", nom: "Ajaccio", departement: { code: "2A", nom: "Corse-du-Sud" } });
  });

  it("gives a code the territory does not hold without a name, the rest of the record intact, and no error", async () => {
    const beon = await etablissement("0010001W");
    expect(beon.errors).toBeUndefined();
    expect(beon.data!.etablissement).toEqual({
      uai: "0010001W", nom: "Ecole de Béon", codeCommune: "01039",
      commune: { code: "01039", nom: null, departement: null },
      departement: { code: "96", nom: null, region: null },
    });
  });

  it("does so in a list too: one unknown commune voids neither the list nor its neighbours", async () => {
    const { body } = await graphql<{ etablissements: { nodes: Etablissement[] } }>(
      platform.gatewayUrl,
      `{ etablissements(recherche: "ecole de beon", first: 5) { nodes { ${CHAMPS} } } a: etablissements(codeCommune: "94028") { nodes { ${CHAMPS} } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.etablissements.nodes.map((n) => [n.uai, n.commune?.nom ?? null])).toContainEqual(["0010001W", null]);
    expect((body.data as unknown as { a: { nodes: Etablissement[] } }).a.nodes.map((n) => n.commune?.nom)).toEqual(["Créteil"]);
  });
});
