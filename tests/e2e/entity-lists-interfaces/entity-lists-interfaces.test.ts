// Entity references in lists and through interfaces: each list of references is resolved in one
// batched _entities call per subgraph, whatever its length.
import { startScenario, type Scenario } from "../harness";
import { avis, medias } from "./services";

let scenario: Scenario;
beforeAll(async () => {
  scenario = await startScenario([medias, avis]);
});
afterAll(() => scenario?.dispose());

const reset = () => Object.values(scenario.calls).forEach((calls) => calls.splice(0));

describe("entities in lists and interfaces", () => {
  it("adds a field to every implementation of an entity interface, for a whole list in one call (@interfaceObject)", async () => {
    reset();
    const result = await scenario.query(`{ ressources { id titre note ... on Video { duree } ... on Fiche { pages } } }`);
    expect(result).toEqual({
      data: {
        ressources: [
          { id: "R1", titre: "Le métier de boulanger", note: 4.5, duree: 180 },
          { id: "R2", titre: "Fiche infirmier", note: 3.5, pages: 4 },
          { id: "R3", titre: "Dans un atelier de menuiserie", note: 4.5, duree: 240 },
        ],
      },
    });
    expect(scenario.calls.avis).toHaveLength(1);
  });

  it("completes a list of bare interface references from the owner, with their concrete types", async () => {
    reset();
    const result = await scenario.query(`{ mieuxNotees { __typename id titre note ... on Video { duree } } }`);
    expect(result).toEqual({
      data: {
        mieuxNotees: [
          { __typename: "Video", id: "R3", titre: "Dans un atelier de menuiserie", note: 4.5, duree: 240 },
          { __typename: "Video", id: "R1", titre: "Le métier de boulanger", note: 4.5, duree: 180 },
        ],
      },
    });
    expect(scenario.calls.medias).toHaveLength(1);
  });
});
