// @key: a single-field key, an entity with two keys (reached by one, extended by the other), and a composite key.
import { startScenario, type Scenario } from "../harness";
import { annuaire, formations, insertion } from "./services";

let scenario: Scenario;
beforeAll(async () => {
  scenario = await startScenario([annuaire, formations, insertion]);
});
afterAll(() => scenario?.dispose());

describe("entity keys", () => {
  it("follows a reference by siret to the owner, then by uai to the subgraph that extends it", async () => {
    const result = await scenario.query(`{ formations { id libelle lieu { siret uai nom tauxEmploi } } }`);
    expect(result).toEqual({
      data: { formations: [{ id: "FOR.1", libelle: "BTS SIO", lieu: { siret: "19630001200017", uai: "0630001A", nom: "Lycée Blaise Pascal", tauxEmploi: 0.81 } }] },
    });
  });

  it("resolves an entity by a composite key (uai and annee)", async () => {
    const result = await scenario.query(`{ etablissements { nom dernierTaux { annee valeur } } }`);
    expect(result).toEqual({
      data: {
        etablissements: [
          { nom: "Lycée Blaise Pascal", dernierTaux: { annee: 2024, valeur: 0.9 } },
          { nom: "Lycée Banville", dernierTaux: { annee: 2024, valeur: 0.7 } },
        ],
      },
    });
  });
});
