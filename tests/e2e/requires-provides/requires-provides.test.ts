// @requires with @external: a field computed from another subgraph's data; @provides: a field a
// subgraph can give itself on one path, so the gateway does not call the owner for it.
import { startScenario, type Scenario } from "../harness";
import { offres, onisep, organismes } from "./services";

let scenario: Scenario;
beforeAll(async () => {
  scenario = await startScenario([onisep, offres, organismes]);
});
afterAll(() => scenario?.dispose());

const reset = () => Object.values(scenario.calls).forEach((calls) => calls.splice(0));

describe("@requires and @provides", () => {
  it("computes Metier.offres from the ROME codes fetched from onisep (@requires)", async () => {
    const result = await scenario.query(`{ metier(id: "MET.12") { libelle offres { intitule } } }`);
    expect(result).toEqual({ data: { metier: { libelle: "développeur", offres: [{ intitule: "Titre pro développeur web" }] } } });
  });

  it("takes a provided field from the providing subgraph without calling its owner (@provides)", async () => {
    reset();
    const provided = await scenario.query(`{ offresRecentes { id organisme { nom } } }`);
    expect(provided.data).toEqual({ offresRecentes: [{ id: "OF.1", organisme: { nom: "AFPA Clermont" } }, { id: "OF.2", organisme: { nom: "IFSI Vichy" } }] });
    expect(scenario.calls.organismes).toHaveLength(0);

    const notProvided = await scenario.query(`{ offresRecentes { organisme { nom ville } } }`);
    expect(notProvided.data).toEqual({ offresRecentes: [{ organisme: { nom: "AFPA Clermont", ville: "Clermont-Ferrand" } }, { organisme: { nom: "IFSI Vichy", ville: "Vichy" } }] });
    expect(scenario.calls.organismes).toHaveLength(1);
  });
});
