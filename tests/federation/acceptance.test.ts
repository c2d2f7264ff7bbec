// The journey of the foundation issue: one query through the gateway that needs all four
// subgraphs (a métier, its formations, where they are taught with the commune names, and the
// continuing-education offers for its ROME codes).
import { graphql } from "@prisme/testing";
import { startTestPlatform, type TestPlatform } from "../src/platform";

const METIER_QUERY = `query($id: ID!) {
  metier(id: $id) {
    id
    libelle
    formations(first: 10) {
      nodes {
        id
        libelle
        etablissements(first: 10) { nodes { uai nom commune { code nom departement { nom } } } }
      }
    }
    offres(first: 10) { totalCount nodes { id intitule } }
  }
}`;

interface MetierResult {
  metier: {
    id: string;
    libelle: string;
    formations: { nodes: { id: string; etablissements: { nodes: { uai: string; nom: string; commune: { code: string; nom: string } | null }[] } }[] };
    offres: { totalCount: number; nodes: { id: string; intitule: string }[] } | null;
  } | null;
}

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.dispose());

describe("the federated graph", () => {
  it("answers a métier journey with data from all four subgraphs", async () => {
    const { status, body } = await graphql<MetierResult>(platform.gatewayUrl, METIER_QUERY, { id: "MET.12" });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const metier = body.data!.metier!;
    expect(metier.libelle).toBe("développeur / développeuse informatique"); // onisep
    expect(metier.formations.nodes.map((f) => f.id).sort()).toEqual(["FOR.5337", "FOR.6710"]);
    const etablissements = metier.formations.nodes.flatMap((f) => f.etablissements.nodes); // rectorat
    expect(etablissements.length).toBeGreaterThan(0);
    for (const etablissement of etablissements) expect(etablissement.commune?.nom).toEqual(expect.any(String)); // region
    expect(metier.offres!.totalCount).toBeGreaterThan(0); // carif-oref, through codesRome (@requires)
    expect(metier.offres!.nodes[0].intitule).toEqual(expect.any(String));
  });

  it("returns null for an unknown id and a clear error for a malformed one", async () => {
    const unknown = await graphql<MetierResult>(platform.gatewayUrl, METIER_QUERY, { id: "MET.999999" });
    expect(unknown.body).toEqual({ data: { metier: null } });

    const malformed = await graphql<MetierResult>(platform.gatewayUrl, METIER_QUERY, { id: "MET-12" });
    expect(malformed.body.data?.metier ?? null).toBeNull();
    expect(malformed.body.errors?.[0]).toMatchObject({
      message: '"MET-12" is not a valid Onisep métier id: expected something like MET.105.',
      extensions: { code: "BAD_USER_INPUT" },
    });
  });

  it("gives a school the continuing-education offers given there, and an offer's place its school", async () => {
    const { body } = await graphql<{
      etablissement: { nom: string; commune: { nom: string }; offres: { totalCount: number; nodes: { id: string; organisme: { nom: string }; sessions: { debut: string | null }[] }[] } };
      offre: { lieux: { etablissement: { uai: string; nom: string } | null }[] };
    }>(
      platform.gatewayUrl,
      `{ etablissement(uai: "0631985R") { nom commune { nom } offres { totalCount nodes { id organisme { nom } sessions { debut } } } }
         offre(id: "AUV-OF-000109") { lieux { etablissement { uai nom } } } }`,
    );
    expect(body.errors).toBeUndefined();
    // rectorat (school), region (commune), carif-oref (offers given at its UAI, their organisme and sessions).
    const { etablissement, offre } = body.data!;
    expect(etablissement.nom).toMatch(/^Lycée polyvalent Pierre Joël Bonté/);
    expect(etablissement.commune.nom).toBe("Riom");
    expect(etablissement.offres.totalCount).toBe(1);
    expect(etablissement.offres.nodes[0]).toMatchObject({ id: "AUV-OF-000104", organisme: { nom: "Centre de formation des artisans du bois d'Auvergne" } });
    expect(etablissement.offres.nodes[0]!.sessions.length).toBeGreaterThan(0);
    // carif-oref → rectorat: the Clermont place of the coiffure offer is the Cours Supérieur de Coiffure.
    expect(offre.lieux.map((l) => l.etablissement?.uai ?? null)).toEqual([null, "0630003L"]);
    expect(offre.lieux[1]!.etablissement!.nom).toBe("Cours Supérieur de Coiffure, Clermont-Ferrand");
  });
});
