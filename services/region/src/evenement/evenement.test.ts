import { execute, parse } from "graphql";
import { ChangeLog, DEFAULT_READ_MODEL_SETTINGS, ReadModel, storeOf } from "@prisme/common";
import { graphql, startTestService, type TestService } from "@prisme/testing";
import { regionContext, type RegionModels } from "../context";
import { region } from "../definition";
import { countIn } from "../importers/import-test-helpers";
import type { RegionState } from "../read-model/region.read-model";
import { buildRegionSchema } from "../schema";
import { EVENEMENTS } from "./evenement.model";

const TOKEN = "test-admin-token";
const JOUR = 24 * 3600 * 1000;
const iso = (days: number) => new Date(Date.now() + days * JOUR).toISOString();

let service: TestService<RegionModels>;
let schema: Awaited<ReturnType<typeof buildRegionSchema>>;
beforeAll(async () => {
  process.env.PRISME_ADMIN_TOKEN = TOKEN;
  service = await startTestService(region);
  schema = await buildRegionSchema();
});
afterAll(() => service.dispose());

/** Runs an operation with an Authorization header in the context, as the server does with the gateway's forwarded header. */
const asCaller = (authorization: string | undefined, query: string, variableValues?: Record<string, unknown>) =>
  execute({ schema, document: parse(query), variableValues, contextValue: regionContext(service.models, { headers: { authorization } }, service.readModel as ReadModel<RegionState>) });
const evenementsStockes = () => countIn(service, EVENEMENTS);

const CREER = `mutation($e: EvenementInput!) { creerEvenement(evenement: $e) { id titre annule debut lieu { nom } coordonnees { latitude } metierIds } }`;
const forum = (extra: Record<string, unknown> = {}) => ({
  type: "FORUM",
  titre: "Forum des métiers du soin",
  debut: iso(3),
  fin: iso(3.3),
  codeCommune: "63113",
  metierIds: ["MET.9101"],
  uais: ["0631601Y"],
  ...extra,
});

describe("events (Evenement)", () => {
  it("lists the coming events within 40 km of a user in 63113, with the Mission locale and the nearest CIO, in one query", async () => {
    const { body } = await graphql(
      service.url,
      `query($au: DateTimeISO) {
        commune(code: "63113") { structures(type: MISSION_LOCALE) { nodes { id } } }
        cio: structures(proximite: { codeCommune: "63113", rayonKm: 40 }, type: CIO, first: 1) { nodes { id distanceKm } }
        evenements(proximite: { codeCommune: "63113", rayonKm: 40 }, au: $au) { nodes { id titre distanceKm lieu { nom } organisateurStructure { nom } organisateurEtablissement { uai } } }
      }`,
      { au: iso(30) },
    );
    expect(body.errors).toBeUndefined();
    const data = body.data as { commune: { structures: { nodes: { id: string }[] } }; cio: { nodes: { id: string }[] }; evenements: { nodes: { id: string }[] } };
    expect(data.commune.structures.nodes.map((n) => n.id)).toEqual(["demo-ml-clermont"]);
    expect(data.cio.nodes.map((n) => n.id)).toEqual(["demo-cio-clermont"]);
    // Soonest first; the Aurillac salon (about 100 km), the online webinar and the past forum are left out.
    expect(data.evenements.nodes.map((n) => n.id)).toEqual(["demo-forum-clermont", "demo-jpo-cio-clermont"]);
    expect(data.evenements.nodes[0]).toMatchObject({ lieu: { nom: "Clermont-Ferrand" }, organisateurStructure: { nom: "Mission locale Clermont Métropole et Volcans" } });
    expect(data.evenements.nodes[1]).toMatchObject({ organisateurEtablissement: { uai: "0631601Y" } });
  });

  it("keeps past events out of default listings but finds them by id or between past dates", async () => {
    const all = await graphql<{ evenements: { nodes: { id: string }[] } }>(service.url, `{ evenements(first: 100) { nodes { id } } }`);
    const ids = all.body.data!.evenements.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(["demo-webinaire-apprentissage", "demo-salon-aurillac"]));
    expect(ids).not.toContain("demo-forum-passe");
    const past = await graphql(service.url, `query($du: DateTimeISO) { evenements(du: $du, type: FORUM) { nodes { id } } }`, { du: iso(-11) });
    expect((past.body.data as { evenements: { nodes: { id: string }[] } }).evenements.nodes[0].id).toBe("demo-forum-passe");
  });

  it("refuses the mutations without the administrator token, over HTTP and with a wrong token", async () => {
    const before = await evenementsStockes();
    const http = await graphql(service.url, CREER, { e: forum() });
    expect(http.body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const wrong = await asCaller("Bearer nope", CREER, { e: forum() });
    expect(wrong.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await evenementsStockes()).toBe(before);
  });

  it("refuses invalid dates and an unknown commune with a clear error, storing nothing", async () => {
    const before = await evenementsStockes();
    const dates = await asCaller(`Bearer ${TOKEN}`, CREER, { e: forum({ debut: iso(5), fin: iso(4) }) });
    expect(dates.errors?.[0].message).toMatch(/^fin \(.*\) is before debut/);
    expect(dates.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const malformed = await asCaller(`Bearer ${TOKEN}`, CREER, { e: forum({ debut: "2026-13-45" }) });
    expect(malformed.errors?.[0].message).toMatch(/debut/);
    const commune = await asCaller(`Bearer ${TOKEN}`, CREER, { e: forum({ codeCommune: "99999" }) });
    expect(commune.errors?.[0].message).toBe("Commune 99999 is unknown.");
    expect(await evenementsStockes()).toBe(before);
  });

  it("creates, modifies and cancels an event; it appears under its métier and établissement, cancelled ones stay shown", async () => {
    const created = await asCaller(`Bearer ${TOKEN}`, CREER, { e: forum() });
    expect(created.errors).toBeUndefined();
    const evenement = (created.data as { creerEvenement: { id: string; lieu: { nom: string }; coordonnees: { latitude: number } } }).creerEvenement;
    expect(evenement).toMatchObject({ titre: "Forum des métiers du soin", annule: false, lieu: { nom: "Clermont-Ferrand" }, coordonnees: { latitude: 45.7856 } });

    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Metier { id evenements { nodes { id titre annule } } } ... on Etablissement { uai evenements { nodes { id } } } } }`;
    const r = [
      { __typename: "Metier", id: "MET.9101" },
      { __typename: "Etablissement", uai: "0631601Y" },
    ];
    const seen = await graphql(service.url, entities, { r });
    expect(seen.body.errors).toBeUndefined();
    expect(seen.body.data).toEqual({
      _entities: [
        { id: "MET.9101", evenements: { nodes: [{ id: evenement.id, titre: "Forum des métiers du soin", annule: false }] } },
        { uai: "0631601Y", evenements: { nodes: [{ id: evenement.id }, { id: "demo-jpo-cio-clermont" }] } },
      ],
    });

    const modified = await asCaller(`Bearer ${TOKEN}`, `mutation($id: ID!, $e: EvenementInput!) { modifierEvenement(id: $id, evenement: $e) { titre } }`, {
      id: evenement.id,
      e: forum({ titre: "Forum des métiers du soin et du social" }),
    });
    expect(modified.errors).toBeUndefined();
    const cancelled = await asCaller(`Bearer ${TOKEN}`, `mutation($id: ID!) { annulerEvenement(id: $id, motif: "Salle indisponible") { annule motifAnnulation } }`, { id: evenement.id });
    expect(cancelled.data).toEqual({ annulerEvenement: { annule: true, motifAnnulation: "Salle indisponible" } });

    const after = await graphql(service.url, entities, { r: r.slice(0, 1) });
    expect(after.body.data).toEqual({
      _entities: [{ id: "MET.9101", evenements: { nodes: [{ id: evenement.id, titre: "Forum des métiers du soin et du social", annule: true }] } }],
    });
  });

  it("shows an event created by one process to another process's read model, through the change log", async () => {
    // A second replica: its own read model over the same database, never told about the write.
    const replica = new ReadModel(ChangeLog.of(service.connection.db!), region.readModel(storeOf(service.connection)), { ...DEFAULT_READ_MODEL_SETTINGS, pollMs: 50 });
    try {
      await replica.start();
      const created = await asCaller(`Bearer ${TOKEN}`, CREER, { e: forum({ titre: "Forum vu d'ailleurs", metierIds: ["MET.9102"] }) });
      expect(created.errors).toBeUndefined();
      const id = (created.data as { creerEvenement: { id: string } }).creerEvenement.id;
      const seen = async () => (await replica.current()).evenements.get(id)?.titre;
      for (let i = 0; i < 100 && !(await seen()); i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await seen()).toBe("Forum vu d'ailleurs");
      expect((await replica.current()).evenements.keysWith("metier", ["MET.9102"])).toEqual([id]);
    } finally {
      replica.stop();
    }
  });

  it("normalises the shared keys of an event, refuses a malformed one naming the field, and still takes the deprecated commune", async () => {
    const before = await evenementsStockes();
    const uai = await asCaller(`Bearer ${TOKEN}`, CREER, { e: forum({ uais: ["063160Y"] }) });
    expect(uai.errors?.[0]).toMatchObject({ message: '"063160Y" is not a valid UAI: expected something like 0630001A.', extensions: { code: "BAD_USER_INPUT", argument: "uais" } });
    const metier = await asCaller(`Bearer ${TOKEN}`, CREER, { e: forum({ metierIds: ["infirmier"] }) });
    expect(metier.errors?.[0].message).toBe('"infirmier" is not a valid Onisep métier id: expected something like MET.105.');
    const deux = await asCaller(`Bearer ${TOKEN}`, CREER, { e: forum({ commune: "63113" }) });
    expect(deux.errors?.[0].message).toBe("Give codeCommune alone: commune is its deprecated name.");
    expect(await evenementsStockes()).toBe(before);

    const created = await asCaller(
      `Bearer ${TOKEN}`,
      `mutation($e: EvenementInput!) { creerEvenement(evenement: $e) { id lieu { nom } metierIds formationIds etablissements { uai } } }`,
      { e: forum({ codeCommune: null, commune: "63113", metierIds: ["met.9103"], formationIds: [" for.1234 "], uais: ["0631601y"], organisateurUai: "0631601Y" }) },
    );
    expect(created.errors).toBeUndefined();
    const evenement = (created.data as { creerEvenement: { id: string } }).creerEvenement;
    expect(evenement).toMatchObject({ lieu: { nom: "Clermont-Ferrand" }, metierIds: ["MET.9103"], formationIds: ["FOR.1234"], etablissements: [{ uai: "0631601Y" }] });
    const found = await graphql(service.url, `{ evenements(metier: "met.9103", formation: "FOR.1234") { nodes { id } } }`);
    expect(found.body.data).toEqual({ evenements: { nodes: [{ id: evenement.id }] } });
  });
});
