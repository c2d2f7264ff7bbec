// A partner's subgraph goes down: the gateway stays up and answers with what the others have,
// plus an error that names the missing service.
import { graphql } from "@prisme/testing";
import { startTestPlatform, type TestPlatform } from "../src/platform";

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.dispose());

const QUERY = `{
  metier(id: "MET.12") {
    libelle
    formations { nodes { id etablissements { nodes { nom } } } }
    offres { totalCount }
  }
}`;

describe("when a subgraph is stopped", () => {
  it("gives partial data and an error naming the missing service", async () => {
    await platform.services["carif-oref"].stop();

    const { status, body } = await graphql<{ metier: { libelle: string; formations: { nodes: unknown[] }; offres: unknown } }>(platform.gatewayUrl, QUERY);
    expect(status).toBe(200);
    expect(body.data?.metier.libelle).toBe("développeur / développeuse informatique");
    expect(body.data?.metier.formations.nodes.length).toBeGreaterThan(0);
    expect(body.data?.metier.offres).toBeNull();
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining("The carif-oref subgraph did not answer"),
        extensions: expect.objectContaining({ code: "SUBGRAPH_UNAVAILABLE", serviceName: "carif-oref" }),
      }),
    ]);

    // The gateway is still up for queries that do not need the stopped service.
    const after = await graphql<{ metier: { libelle: string } }>(platform.gatewayUrl, `{ metier(id: "MET.38") { libelle } }`);
    expect(after.body).toEqual({ data: { metier: { libelle: "infirmier / infirmière" } } });
  });

  it("keeps the formation when the rectorat, which adds its établissements, is down too", async () => {
    await platform.services.rectorat.stop();
    const { body } = await graphql<{ formation: { libelle: string; etablissements: unknown } }>(
      platform.gatewayUrl,
      `{ formation(id: "FOR.5337") { libelle etablissements { totalCount } } }`,
    );
    expect(body.data?.formation.libelle).toMatch(/^BTS Services informatiques aux organisations/);
    expect(body.data?.formation.etablissements).toBeNull();
    expect(body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: "SUBGRAPH_UNAVAILABLE", serviceName: "rectorat" }) })]);
  });
});
