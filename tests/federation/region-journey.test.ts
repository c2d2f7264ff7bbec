// The Région subgraph's acceptance scenarios, played through the gateway on the demonstration
// data: "what is there for me around my commune" in one query, and the administrators' events
// showing up under the métier and the établissement they concern.

// Read by the region subgraph at request time (services/region/src/evenement/admin.ts).
const ADMIN_TOKEN = "region-journey-admin-token";
process.env.PRISME_ADMIN_TOKEN = ADMIN_TOKEN;

import { graphql } from "@prisme/testing";
import { startTestPlatform, type TestPlatform } from "../src/platform";

const JOUR = 24 * 3600 * 1000;

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.dispose());

type GraphqlError = { message: string; extensions?: Record<string, unknown> };

const AUTOUR_DE_MOI = `query($du: DateTimeISO!, $au: DateTimeISO!) {
  communes(recherche: "63000", first: 5) { nodes { code nom codesPostaux } }
  commune(code: "63113") {
    nom
    structures(type: MISSION_LOCALE) { totalCount nodes { id nom type } }
  }
  structures(proximite: { codeCommune: "63113", rayonKm: 200 }, type: CIO, first: 1) {
    totalCount
    nodes { id nom type distanceKm etablissement { uai nom } }
  }
  evenements(proximite: { codeCommune: "63113", rayonKm: 40 }, du: $du, au: $au, first: 50) {
    totalCount
    nodes { id titre debut distanceKm lieu { code nom } }
  }
  plusLoin: evenements(proximite: { codeCommune: "63113", rayonKm: 200 }, du: $du, au: $au, first: 50) { nodes { id } }
}`;

interface AutourDeMoi {
  communes: { nodes: { code: string; nom: string; codesPostaux: string[] }[] };
  commune: { nom: string; structures: { totalCount: number; nodes: { id: string; nom: string; type: string }[] } } | null;
  structures: {
    totalCount: number;
    nodes: { id: string; nom: string; type: string; distanceKm: number | null; etablissement: { uai: string; nom: string } | null }[];
  };
  evenements: { totalCount: number; nodes: { id: string; titre: string; debut: string; distanceKm: number | null; lieu: { code: string; nom: string } | null }[] };
  plusLoin: { nodes: { id: string }[] };
}

describe("a user in Clermont-Ferrand (63113, postal code 63000), through the gateway", () => {
  it("gets the Mission locale covering the commune, the nearest CIO and the events of the next 30 days within 40 km, in one query", async () => {
    const du = new Date();
    const au = new Date(du.getTime() + 30 * JOUR);
    const { status, body } = await graphql<AutourDeMoi>(platform.gatewayUrl, AUTOUR_DE_MOI, { du: du.toISOString(), au: au.toISOString() });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const data = body.data!;

    // The postal code the user types leads to the INSEE commune 63113.
    expect(data.communes.nodes[0]).toMatchObject({ code: "63113", nom: "Clermont-Ferrand" });
    expect(data.communes.nodes[0].codesPostaux).toContain("63000");

    // The Mission locale whose coverage zone includes the commune.
    expect(data.commune).toEqual({
      nom: "Clermont-Ferrand",
      structures: { totalCount: 1, nodes: [{ id: "demo-ml-clermont", nom: "Mission locale Clermont Métropole et Volcans", type: "MISSION_LOCALE" }] },
    });

    // Both demo CIOs are within 200 km; the nearest one (Clermont's, not Aurillac's) comes first,
    // with its distance from the commune's centre, and its établissement is the rectorat's.
    expect(data.structures.totalCount).toBe(2);
    expect(data.structures.nodes).toHaveLength(1);
    const cio = data.structures.nodes[0];
    expect(cio).toMatchObject({ id: "demo-cio-clermont", type: "CIO" });
    expect(cio.distanceKm).toBeGreaterThan(0);
    expect(cio.distanceKm).toBeLessThan(5);
    expect(cio.etablissement).toEqual({ uai: "0631601Y", nom: "Centre d'information et d'orientation de Clermont-Ferrand" });

    // Within 40 km and the next 30 days, soonest first: the forum (in 10 days) and the CIO's
    // open day (in 20 days). Aurillac's salon (about 100 km away), the online webinar and the
    // past forum are left out.
    expect(data.evenements.nodes.map((e) => e.id)).toEqual(["demo-forum-clermont", "demo-jpo-cio-clermont"]);
    expect(data.evenements.totalCount).toBe(2);
    for (const evenement of data.evenements.nodes) {
      expect(evenement.lieu).toEqual({ code: "63113", nom: "Clermont-Ferrand" });
      expect(evenement.distanceKm).toBeLessThanOrEqual(40);
      const debut = new Date(evenement.debut).getTime();
      expect(debut).toBeGreaterThan(du.getTime());
      expect(debut).toBeLessThanOrEqual(au.getTime());
    }
    const ids = data.evenements.nodes.map((e) => e.id);
    expect(ids).not.toContain("demo-salon-aurillac");
    expect(ids).not.toContain("demo-webinaire-apprentissage");
    expect(ids).not.toContain("demo-forum-passe");
    // The salon is within the 30 days: it is the radius that leaves it out.
    expect(data.plusLoin.nodes.map((e) => e.id)).toContain("demo-salon-aurillac");
  });
});

const CREER = `mutation($evenement: EvenementInput!) {
  creerEvenement(evenement: $evenement) { id titre metierIds etablissements { uai } lieu { code } }
}`;

const UAI = "0630068G"; // Lycée général et technologique Montdory, in the rectorat's demo Annuaire
const NOM_ETABLISSEMENT = "Lycée général et technologique Montdory";

const SOUS_METIER_ET_ETABLISSEMENT = `query($uai: ID!) {
  metier(id: "MET.12") { id libelle evenements(first: 100) { nodes { id titre } } }
  etablissement(uai: $uai) { uai nom evenements(first: 100) { nodes { id titre } } }
}`;

interface SousMetierEtEtablissement {
  metier: { id: string; libelle: string; evenements: { nodes: { id: string; titre: string }[] } } | null;
  etablissement: { uai: string; nom: string; evenements: { nodes: { id: string; titre: string }[] } } | null;
}

const TOUS = `{ evenements(first: 100) { totalCount nodes { id titre } } }`;

async function evenementsAVenir() {
  const { status, body } = await graphql<{ evenements: { totalCount: number; nodes: { id: string; titre: string }[] } }>(platform.gatewayUrl, TOUS);
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  return body.data!.evenements;
}

/** A valid open day of the lycée about MET.12, in 40 days (Paris time, 09:00–17:00). */
function journeePortesOuvertes(titre: string): Record<string, unknown> {
  const jour = new Date(Date.now() + 40 * JOUR).toISOString().slice(0, 10);
  return {
    type: "JOURNEE_PORTES_OUVERTES",
    titre,
    debut: `${jour}T09:00:00+01:00`,
    fin: `${jour}T17:00:00+01:00`,
    codeCommune: "63430",
    organisateurUai: UAI,
    uais: [UAI],
    metierIds: ["MET.12"],
    publics: ["SCOLAIRES"],
  };
}

const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

function seulErreur(body: { data?: unknown; errors?: GraphqlError[] }): GraphqlError {
  expect(body.errors).toHaveLength(1);
  return body.errors![0];
}

describe("events created by an administrator, through the gateway", () => {
  it("shows a created open day under its métier and its établissement", async () => {
    const titre = "Portes ouvertes du lycée Montdory : les métiers du numérique";
    const avant = await evenementsAVenir();

    const created = await graphql<{ creerEvenement: { id: string; titre: string; metierIds: string[]; etablissements: { uai: string }[]; lieu: { code: string } | null } }>(
      platform.gatewayUrl,
      CREER,
      { evenement: journeePortesOuvertes(titre) },
      admin,
    );
    expect(created.status).toBe(200);
    expect(created.body.errors).toBeUndefined();
    const evenement = created.body.data!.creerEvenement;
    expect(evenement).toMatchObject({ titre, metierIds: ["MET.12"], etablissements: [{ uai: UAI }], lieu: { code: "63430" } });

    const { body } = await graphql<SousMetierEtEtablissement>(platform.gatewayUrl, SOUS_METIER_ET_ETABLISSEMENT, { uai: UAI });
    expect(body.errors).toBeUndefined();
    expect(body.data!.metier!.libelle).toBe("développeur / développeuse informatique"); // onisep
    expect(body.data!.metier!.evenements.nodes).toContainEqual({ id: evenement.id, titre }); // region
    expect(body.data!.etablissement!.nom).toBe(NOM_ETABLISSEMENT); // rectorat
    expect(body.data!.etablissement!.evenements.nodes).toContainEqual({ id: evenement.id, titre }); // region

    const apres = await evenementsAVenir();
    expect(apres.totalCount).toBe(avant.totalCount + 1);
    expect(apres.nodes.map((e) => e.titre)).toContain(titre);
  });

  it("refuses the mutation without the administrator role and stores nothing", async () => {
    const avant = await evenementsAVenir();

    const sansEntete = "Portes ouvertes sans en-tête d'autorisation";
    const anonymous = await graphql(platform.gatewayUrl, CREER, { evenement: journeePortesOuvertes(sansEntete) });
    expect(anonymous.body.data?.creerEvenement ?? null).toBeNull();
    expect(seulErreur(anonymous.body)).toMatchObject({
      message: expect.stringContaining("administrator role"),
      extensions: expect.objectContaining({ code: "UNAUTHENTICATED" }),
    });

    const mauvaisJeton = "Portes ouvertes avec un mauvais jeton";
    const wrongToken = await graphql(platform.gatewayUrl, CREER, { evenement: journeePortesOuvertes(mauvaisJeton) }, { authorization: "Bearer not-the-admin-token" });
    expect(wrongToken.body.data?.creerEvenement ?? null).toBeNull();
    expect(seulErreur(wrongToken.body)).toMatchObject({ extensions: expect.objectContaining({ code: "FORBIDDEN" }) });

    const apres = await evenementsAVenir();
    expect(apres.totalCount).toBe(avant.totalCount);
    expect(apres.nodes.map((e) => e.titre)).not.toContain(sansEntete);
    expect(apres.nodes.map((e) => e.titre)).not.toContain(mauvaisJeton);

    const { body } = await graphql<SousMetierEtEtablissement>(platform.gatewayUrl, SOUS_METIER_ET_ETABLISSEMENT, { uai: UAI });
    const titres = [...body.data!.metier!.evenements.nodes, ...body.data!.etablissement!.evenements.nodes].map((e) => e.titre);
    expect(titres).not.toContain(sansEntete);
    expect(titres).not.toContain(mauvaisJeton);
  });

  it("gives an administrator a clear error for an end before the start or an unknown commune, and stores nothing", async () => {
    const avant = await evenementsAVenir();

    const finAvantDebut = "Portes ouvertes qui finissent avant de commencer";
    const dates = { ...journeePortesOuvertes(finAvantDebut) };
    [dates.debut, dates.fin] = [dates.fin, dates.debut];
    const badDates = await graphql(platform.gatewayUrl, CREER, { evenement: dates }, admin);
    expect(badDates.body.data?.creerEvenement ?? null).toBeNull();
    const dateError = seulErreur(badDates.body);
    expect(dateError.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(dateError.message).toMatch(/fin .* is before debut/);

    const communeInconnue = "Portes ouvertes dans une commune inconnue";
    const unknownCommune = await graphql(platform.gatewayUrl, CREER, { evenement: { ...journeePortesOuvertes(communeInconnue), codeCommune: "63999" } }, admin);
    expect(unknownCommune.body.data?.creerEvenement ?? null).toBeNull();
    const communeError = seulErreur(unknownCommune.body);
    expect(communeError.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(communeError.message).toBe("Commune 63999 is unknown.");

    const apres = await evenementsAVenir();
    expect(apres.totalCount).toBe(avant.totalCount);
    expect(apres.nodes.map((e) => e.titre)).not.toContain(finAvantDebut);
    expect(apres.nodes.map((e) => e.titre)).not.toContain(communeInconnue);
  });
});
