import { graphql, startTestService, type TestService } from "@prisme/testing";
import type { RegionModels } from "../context";
import { region } from "../definition";

// The lists of events as a front end uses them: facets, pages that keep their place, "near" in one input.

const TOKEN = "liste-admin-token";
const JOUR = 24 * 3600 * 1000;
const iso = (days: number) => new Date(Date.now() + days * JOUR).toISOString();
const CLERMONT_40_KM = { codeCommune: "63113", rayonKm: 40 };

type Facette = { valeur: string; libelle: string; nombre: number };
type Liste = { evenements: { totalCount: number; nodes: { id: string; distanceKm: number | null }[]; facettes: { type: Facette[] } } };

let service: TestService<RegionModels>;
beforeAll(async () => {
  process.env.PRISME_ADMIN_TOKEN = TOKEN;
  service = await startTestService(region);
});
afterAll(() => service.dispose());

const LISTE = `query($proximite: ProximiteInput, $type: TypeEvenement) {
  evenements(proximite: $proximite, type: $type) { totalCount nodes { id distanceKm } facettes { type { valeur libelle nombre } } }
}`;
const liste = async (variables: Record<string, unknown> = {}) => {
  const { body } = await graphql<Liste>(service.url, LISTE, variables);
  expect(body.errors).toBeUndefined();
  return body.data!.evenements;
};

const creer = async (titre: string, debut: string) => {
  const { body } = await graphql<{ creerEvenement: { id: string } }>(
    service.url,
    `mutation($e: EvenementInput!) { creerEvenement(evenement: $e) { id } }`,
    { e: { type: "ATELIER", titre, debut, fin: debut, codeCommune: "63113" } },
    { authorization: `Bearer ${TOKEN}` },
  );
  expect(body.errors).toBeUndefined();
  return body.data!.creerEvenement.id;
};

describe("lists of events (demonstration data)", () => {
  it("counts the coming events by type, with French labels, each type over the other criteria only", async () => {
    const tous = await liste();
    expect(tous.facettes.type).toEqual([
      { valeur: "FORUM", libelle: "Forum", nombre: 1 },
      { valeur: "JOURNEE_PORTES_OUVERTES", libelle: "Journée portes ouvertes", nombre: 1 },
      { valeur: "SALON", libelle: "Salon", nombre: 1 },
      { valeur: "WEBINAIRE", libelle: "Webinaire", nombre: 1 },
    ]);
    // Filtering by type keeps the counts of the other types, so that a front end can offer them.
    const forums = await liste({ type: "FORUM" });
    expect(forums.totalCount).toBe(1);
    expect(forums.facettes.type).toEqual(tous.facettes.type);
    // Near Clermont: the Aurillac salon (about 100 km) and the online webinar leave the counts; the type asked stays, at 0.
    const salonsPres = await liste({ proximite: CLERMONT_40_KM, type: "SALON" });
    expect(salonsPres.totalCount).toBe(0);
    expect(salonsPres.facettes.type).toEqual([
      { valeur: "FORUM", libelle: "Forum", nombre: 1 },
      { valeur: "JOURNEE_PORTES_OUVERTES", libelle: "Journée portes ouvertes", nombre: 1 },
      { valeur: "SALON", libelle: "Salon", nombre: 0 },
    ]);
  });

  it("takes a point or a commune in proximite, and answers the deprecated flat arguments the same", async () => {
    const commune = await liste({ proximite: CLERMONT_40_KM });
    const point = await liste({ proximite: { latitude: 45.7772, longitude: 3.087, rayonKm: 40 } });
    expect(commune.nodes.map((n) => n.id)).toEqual(["demo-forum-clermont", "demo-jpo-cio-clermont"]);
    expect(point.nodes.map((n) => n.id)).toEqual(["demo-forum-clermont", "demo-jpo-cio-clermont"]);
    // From the centre of Clermont-Ferrand: the forum is held there, the CIO is 2.36 km away.
    expect(commune.nodes.map((n) => n.distanceKm)).toEqual([0, 2.36]);
    const ancien = await graphql<Liste>(service.url, `{ evenements(commune: "63113", rayonKm: 40) { nodes { id distanceKm } } }`);
    expect(ancien.body.data!.evenements.nodes).toEqual(commune.nodes);
  });

  it("says what is wrong with a proximite, and refuses it beside its deprecated form", async () => {
    const inconnue = await graphql(service.url, `{ evenements(proximite: { codeCommune: "75056", rayonKm: 10 }) { totalCount } }`);
    expect(inconnue.body.errors?.[0]).toMatchObject({
      message: "proximite: commune 75056 is unknown or has no known centre; give latitude and longitude instead.",
      extensions: { code: "BAD_USER_INPUT" },
    });
    const deux = await graphql(service.url, `{ structures(proximite: { codeCommune: "63113", rayonKm: 10 }, rayonKm: 20) { totalCount } }`);
    expect(deux.body.errors?.[0].message).toBe("Give proximite alone: rayonKm is its deprecated form, not a second filter.");
    const metier = await graphql(service.url, `{ evenements(metier: "infirmier") { totalCount } }`);
    expect(metier.body.errors?.[0].message).toBe('"infirmier" is not a valid Onisep métier id: expected something like MET.105.');
  });

  it("starts the second page right after the last event of the first, though events were created in between", async () => {
    const PAGE = `query($after: String) { evenements(first: 2, after: $after) { totalCount nodes { id } pageInfo { endCursor hasNextPage } } }`;
    type Page = { evenements: { totalCount: number; nodes: { id: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } };
    const premiere = (await graphql<Page>(service.url, PAGE)).body.data!.evenements;
    expect(premiere.nodes.map((n) => n.id)).toEqual(["demo-webinaire-apprentissage", "demo-forum-clermont"]);

    // One event lands before the end of the first page (day 7), one after it (day 12).
    await creer("Atelier CV", iso(7));
    const apres = await creer("Atelier entretien d'embauche", iso(12));

    const seconde = (await graphql<Page>(service.url, PAGE, { after: premiere.pageInfo.endCursor })).body.data!.evenements;
    expect(seconde.totalCount).toBe(premiere.totalCount + 2);
    // Not the forum again (an offset would shift by the event added before it): the day-12 event, then the salon (day 15).
    expect(seconde.nodes.map((n) => n.id)).toEqual([apres, "demo-salon-aurillac"]);
    expect(seconde.pageInfo.hasNextPage).toBe(true);
  });
});
