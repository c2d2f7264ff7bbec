// Issue acceptance, through the gateway: the continuing-education offers within 30 km of
// Clermont-Ferrand for a métier, nearest first, with their session dates.
//
// Demo data used (services/onisep/src/demo, services/carif-oref/src/demo): MET.12 (développeur
// informatique) has the ROME code M1805; its two offers are taught in Clermont-Ferrand
// (AUV-OF-000101 also in Vichy, about 47 km away). No ROME code of the demo has offers both
// within and beyond 30 km, so the radius is also checked on MET.94 (maçon, F1703), whose only
// offer is taught in Vichy and Moulins.
import { graphql } from "@prisme/testing";
import { startTestPlatform, type TestPlatform } from "../src/platform";

const CLERMONT = { latitude: 45.7772, longitude: 3.087 };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const QUERY = `query($metier: ID!, $codeRome: String!, $autourDe: PointRayon!) {
  metier(id: $metier) { id libelle codesRome }
  offres(codeRome: $codeRome, autourDe: $autourDe, first: 20) {
    totalCount
    nodes { id intitule codesRome distanceKm sessions { debut fin } }
  }
  toutes: offres(codeRome: $codeRome, first: 20) { totalCount nodes { id } }
}`;

interface Offre {
  id: string;
  intitule: string;
  codesRome: string[];
  distanceKm: number | null;
  sessions: { debut: string | null; fin: string | null }[];
}

interface Result {
  metier: { id: string; libelle: string; codesRome: string[] } | null;
  offres: { totalCount: number; nodes: Offre[] };
  toutes: { totalCount: number; nodes: { id: string }[] };
}

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.dispose());

describe("a métier's continuing-education offers near Clermont-Ferrand, through the gateway", () => {
  it("lists the offers within 30 km, nearest first, with their session dates", async () => {
    const { status, body } = await graphql<Result>(platform.gatewayUrl, QUERY, {
      metier: "MET.12",
      codeRome: "M1805",
      autourDe: { ...CLERMONT, rayonKm: 30 },
    });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const { metier, offres } = body.data!;

    // onisep: the métier and its ROME code.
    expect(metier).toEqual({ id: "MET.12", libelle: "développeur / développeuse informatique", codesRome: ["M1805"] });

    // carif-oref: its offers within the radius, nearest first.
    expect(offres.nodes.map((o) => o.id).sort()).toEqual(["AUV-OF-000101", "AUV-OF-000102"]);
    expect(offres.totalCount).toBe(2);
    const distances = offres.nodes.map((o) => o.distanceKm);
    for (const distance of distances) {
      expect(distance).toEqual(expect.any(Number));
      expect(distance!).toBeLessThanOrEqual(30);
    }
    expect(distances).toEqual([...distances].sort((a, b) => a! - b!));
    // AUV-OF-000101 is also taught in Vichy: its distance is that of its nearest place, in Clermont-Ferrand.
    expect(offres.nodes.find((o) => o.id === "AUV-OF-000101")!.distanceKm!).toBeLessThan(5);

    for (const offre of offres.nodes) {
      expect(offre.intitule).toEqual(expect.any(String));
      expect(offre.codesRome).toContain(metier!.codesRome[0]);
      // Session dates, in start order.
      expect(offre.sessions.length).toBeGreaterThan(0);
      const debuts = offre.sessions.map((s) => s.debut);
      for (const debut of debuts) expect(debut).toMatch(ISO_DATE);
      expect(debuts).toEqual([...debuts].sort());
      for (const session of offre.sessions) expect(session.fin! >= session.debut!).toBe(true);
    }
    expect(offres.nodes.find((o) => o.id === "AUV-OF-000101")!.sessions.map((s) => s.debut)).toEqual(["2026-09-14", "2027-01-11"]);
  });

  it("leaves out the offers taught only beyond 30 km", async () => {
    const { body } = await graphql<Result>(platform.gatewayUrl, QUERY, {
      metier: "MET.94",
      codeRome: "F1703",
      autourDe: { ...CLERMONT, rayonKm: 30 },
    });
    expect(body.errors).toBeUndefined();
    const { metier, offres, toutes } = body.data!;
    expect(metier!.codesRome).toEqual(["F1703"]);
    // The maçon offer exists (Vichy, about 47 km; Moulins, about 89 km)…
    expect(toutes.nodes.map((o) => o.id)).toEqual(["AUV-OF-000110"]);
    // …but not within 30 km of Clermont-Ferrand.
    expect(offres).toEqual({ totalCount: 0, nodes: [] });
  });
});
