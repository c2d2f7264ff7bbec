// @shareable, @override, @tag and @inaccessible, through the gateway.
import { startScenario, type Scenario } from "../harness";
import { catalogue, referentiel } from "./services";

let scenario: Scenario;
beforeAll(async () => {
  scenario = await startScenario([catalogue, referentiel]);
});
afterAll(() => scenario?.dispose());

const reset = () => Object.values(scenario.calls).forEach((calls) => calls.splice(0));

describe("schema directives", () => {
  it("serves an overridden field from the subgraph that took it over (@override)", async () => {
    reset();
    const result = await scenario.query(`{ metier(id: "MET.7") { libelle domaine } }`);
    expect(result).toEqual({ data: { metier: { libelle: "boulanger / boulangère", domaine: "alimentation (referentiel)" } } });
    expect(scenario.calls.referentiel).toHaveLength(1);
  });

  it("answers shared fields and value types from whichever subgraph the plan is in (@shareable)", async () => {
    reset();
    const result = await scenario.query(`{ metiersDuDomaine { libelle provenance { producteur } } }`);
    expect(result).toEqual({ data: { metiersDuDomaine: [{ libelle: "boulanger / boulangère", provenance: { producteur: "Onisep" } }] } });
    expect(scenario.calls.catalogue).toHaveLength(0); // no hop back to catalogue for shareable data
  });

  it("hides an @inaccessible field from the public API, and keeps @tag in the supergraph for contracts", async () => {
    const result = await scenario.query(`{ metier(id: "MET.7") { codeInterne } }`);
    expect(result.errors?.[0]).toMatchObject({ message: 'Cannot query field "codeInterne" on type "Metier".', extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    expect(scenario.supergraphSdl).toMatch(/libelle: String! .*@tag\(name: "public"\)/);
    expect(scenario.supergraphSdl).toMatch(/codeInterne: String @inaccessible/);
  });
});
