// Issue acceptance, through the gateway: for an Onisep formation, the Auvergne établissements
// teaching it within 50 km of Clermont-Ferrand, nearest first, with the places and first wishes
// of that offer and the latest InserJeunes rates.
//
// Demo data used (services/rectorat/src/demo): FOR.5337 (BTS SIO option SLAM) is taught at
// 0631978H in Clermont-Ferrand (about 2.6 km, with InserJeunes rates), at 0030935A in Vichy
// (about 47 km) and at 0150006A in Aurillac (about 107 km, so beyond the radius).
import { graphql } from "@prisme/testing";
import { startTestPlatform, type TestPlatform } from "../src/platform";

const CLERMONT = { latitude: 45.7772, longitude: 3.087 };
const FORMATION = "FOR.5337";
const AURILLAC = "0150006A";

const QUERY = `query($id: ID!, $proximite: ProximiteInput!) {
  formation(id: $id) {
    id
    libelle
    etablissements(proximite: $proximite, first: 20) {
      totalCount
      nodes {
        uai
        nom
        distanceKm
        formations(formation: $id) { nodes { statut capacite demandesPremierVoeu } }
        derniereInsertion { millesime population tauxEmploi6Mois tauxPoursuiteEtudes valeurAjoutee }
      }
    }
  }
}`;

interface Offre {
  statut: string;
  capacite: number | null;
  demandesPremierVoeu: number | null;
}

interface Insertion {
  millesime: string;
  population: string;
  tauxEmploi6Mois: number | null;
  tauxPoursuiteEtudes: number | null;
  valeurAjoutee: number | null;
}

interface Result {
  formation: {
    id: string;
    libelle: string;
    etablissements: {
      totalCount: number;
      nodes: { uai: string; nom: string; distanceKm: number | null; formations: { nodes: Offre[] }; derniereInsertion: Insertion | null }[];
    };
  } | null;
}

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.dispose());

describe("a formation's établissements near Clermont-Ferrand, through the gateway", () => {
  it("lists those within 50 km, nearest first, with places, first wishes and InserJeunes rates", async () => {
    const { status, body } = await graphql<Result>(platform.gatewayUrl, QUERY, { id: FORMATION, proximite: { ...CLERMONT, rayonKm: 50 } });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const formation = body.data!.formation!;

    // onisep: the formation itself.
    expect(formation.id).toBe(FORMATION);
    expect(formation.libelle).toBe("BTS Services informatiques aux organisations option B solutions logicielles et applications métiers");

    // rectorat: the établissements within the radius, nearest first.
    const etablissements = formation.etablissements.nodes;
    expect(etablissements.map((e) => e.uai)).toEqual(["0631978H", "0030935A"]);
    expect(formation.etablissements.totalCount).toBe(2);
    const distances = etablissements.map((e) => e.distanceKm);
    for (const distance of distances) {
      expect(distance).toEqual(expect.any(Number));
      expect(distance!).toBeLessThanOrEqual(50);
    }
    expect(distances).toEqual([...distances].sort((a, b) => a! - b!));
    expect(distances[0]!).toBeLessThan(5); // in Clermont-Ferrand itself
    expect(distances[1]!).toBeGreaterThan(40); // Vichy

    // Aurillac teaches it too, but about 107 km away.
    expect(etablissements.map((e) => e.uai)).not.toContain(AURILLAC);

    // Places and first wishes of the offer of this formation, at each établissement.
    const [clermont, vichy] = etablissements;
    expect(clermont.formations.nodes).toEqual([{ statut: "APPRENTISSAGE", capacite: 30, demandesPremierVoeu: 17 }]);
    expect(vichy.formations.nodes).toEqual([{ statut: "SCOLAIRE", capacite: 30, demandesPremierVoeu: 13 }]);

    // The latest InserJeunes rates, where the DEPP publishes them.
    expect(clermont.derniereInsertion).toEqual({
      millesime: "2022-2023",
      population: "APPRENTISSAGE",
      tauxEmploi6Mois: 92,
      tauxPoursuiteEtudes: 63,
      valeurAjoutee: 12,
    });
    expect(vichy.derniereInsertion).toBeNull();
  });

  it("still finds the far établissement when the radius reaches it", async () => {
    const { body } = await graphql<Result>(platform.gatewayUrl, QUERY, { id: FORMATION, proximite: { ...CLERMONT, rayonKm: 150 } });
    expect(body.errors).toBeUndefined();
    const uais = body.data!.formation!.etablissements.nodes.map((e) => e.uai);
    expect(uais).toEqual(["0631978H", "0030935A", AURILLAC]);
  });

  it("rejects a negative radius with a clear BAD_USER_INPUT error", async () => {
    const { status, body } = await graphql<Result>(platform.gatewayUrl, QUERY, { id: FORMATION, proximite: { ...CLERMONT, rayonKm: -5 } });
    expect(status).toBe(200);
    expect(body.data?.formation?.etablissements ?? null).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]).toMatchObject({
      message: "proximite.rayonKm must be more than 0 and at most 200 (got -5).",
      extensions: { code: "BAD_USER_INPUT" },
    });
  });
});
