import { graphql, startTestService, type TestService } from "@prisme/testing";
import type { RegionModels } from "../context";
import { region } from "../definition";

type Node = { id: string; type: string; nom: string; distanceKm: number | null };
type Page = { structures: { totalCount: number; nodes: Node[] } };

describe("SPRO structures (demonstration data)", () => {
  let service: TestService<RegionModels>;
  beforeAll(async () => {
    service = await startTestService(region);
  });
  afterAll(() => service.dispose());

  it("gives a user in 63113 the Mission locale covering it and the nearest CIO, with its établissement", async () => {
    const { body } = await graphql(
      service.url,
      `{ commune(code: "63113") {
          structures { nodes { id type nom } }
          centre { latitude longitude }
        }
        cio: structures(proximite: { codeCommune: "63113", rayonKm: 40 }, type: CIO, first: 1) { totalCount nodes { id nom distanceKm etablissement { uai } commune { nom } coordonnees { latitude longitude } provenance { producteur } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const data = body.data as { commune: { structures: { nodes: Node[] } }; cio: { totalCount: number; nodes: (Node & { etablissement: { uai: string } })[] } };
    expect(data.commune.structures.nodes).toEqual([{ id: "demo-ml-clermont", type: "MISSION_LOCALE", nom: "Mission locale Clermont Métropole et Volcans" }]);
    // Aurillac's CIO is about 100 km away: only Clermont's is within 40 km.
    expect(data.cio.totalCount).toBe(1);
    expect(data.cio.nodes[0]).toMatchObject({ id: "demo-cio-clermont", etablissement: { uai: "0631601Y" }, commune: { nom: "Clermont-Ferrand" }, provenance: { producteur: "Prisme" } });
    expect(data.cio.nodes[0].distanceKm).toBeGreaterThan(1);
    expect(data.cio.nodes[0].distanceKm).toBeLessThan(4);
  });

  it("sorts the structures near a point by distance and filters by public", async () => {
    const near = await graphql<Page>(service.url, `{ structures(proximite: { latitude: 44.93, longitude: 2.44, rayonKm: 200 }) { totalCount nodes { id distanceKm } } }`);
    expect(near.body.errors).toBeUndefined();
    const ids = near.body.data!.structures.nodes.map((n) => n.id);
    expect(ids[0]).toBe("demo-cio-aurillac");
    const distances = near.body.data!.structures.nodes.map((n) => n.distanceKm!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));

    const demandeurs = await graphql<Page>(service.url, `{ structures(public: DEMANDEURS_D_EMPLOI) { nodes { id } } }`);
    expect(demandeurs.body.data!.structures.nodes.map((n) => n.id)).toEqual(["demo-ft-clermont"]);
  });

  it("refuses half a point, an out-of-range radius and an unknown commune, in proximite", async () => {
    const half = await graphql(service.url, `{ structures(proximite: { latitude: 45.7, rayonKm: 10 }) { totalCount } }`);
    expect(half.body.errors?.[0]).toMatchObject({
      message: "proximite: (45.7, undefined) is not a WGS 84 point (latitude −90…90 and longitude −180…180, both required).",
      extensions: { code: "BAD_USER_INPUT" },
    });
    const rayon = await graphql(service.url, `{ structures(proximite: { codeCommune: "63113", rayonKm: 500 }) { totalCount } }`);
    expect(rayon.body.errors?.[0].message).toBe("proximite.rayonKm must be more than 0 and at most 200 (got 500).");
    const malformed = await graphql(service.url, `{ structures(proximite: { codeCommune: "6311", rayonKm: 10 }) { totalCount } }`);
    expect(malformed.body.errors?.[0].message).toBe('"6311" is not a valid INSEE commune code: expected something like 63113.');
  });

  it("still answers the deprecated flat arguments, as before, and marks them deprecated", async () => {
    const ancien = await graphql<Page>(service.url, `{ structures(commune: "63113", rayonKm: 40, type: CIO) { nodes { id distanceKm } } }`);
    const nouveau = await graphql<Page>(service.url, `{ structures(proximite: { codeCommune: "63113", rayonKm: 40 }, type: CIO) { nodes { id distanceKm } } }`);
    expect(ancien.body.data).toEqual(nouveau.body.data);
    const half = await graphql(service.url, `{ structures(latitude: 45.7) { totalCount } }`);
    expect(half.body.errors?.[0]).toMatchObject({ message: "latitude and longitude go together.", extensions: { code: "BAD_USER_INPUT" } });
    const rayon = await graphql(service.url, `{ structures(commune: "63113", rayonKm: 500) { totalCount } }`);
    expect(rayon.body.errors?.[0].message).toBe("rayonKm must be between 0 and 200 km.");
    const unknown = await graphql(service.url, `{ structures(commune: "99999") { totalCount } }`);
    expect(unknown.body.errors?.[0].message).toBe("Commune 99999 is unknown.");
    const schema = await graphql<{ __type: { fields: { name: string; args: { name: string; isDeprecated: boolean; deprecationReason: string | null }[] }[] } }>(
      service.url,
      `{ __type(name: "Query") { fields { name args(includeDeprecated: true) { name isDeprecated deprecationReason } } } }`,
    );
    const args = schema.body.data!.__type.fields.find((f) => f.name === "structures")!.args;
    expect(args.filter((a) => a.isDeprecated).map((a) => a.name).sort()).toEqual(["commune", "latitude", "longitude", "rayonKm"]);
    expect(args.find((a) => a.name === "commune")!.deprecationReason).toMatch(/^Use proximite/);
  });

  it("counts the structures by network and by public, over the other criteria, with French labels", async () => {
    type Facettes = { structures: { totalCount: number; facettes: { type: { valeur: string; libelle: string; nombre: number }[]; public: { valeur: string; nombre: number }[] } } };
    const { body } = await graphql<Facettes>(
      service.url,
      `{ structures(type: CIO) { totalCount facettes { type { valeur libelle nombre } public { valeur nombre } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const { totalCount, facettes } = body.data!.structures;
    expect(totalCount).toBe(2);
    // The type asked does not narrow its own counts: every network of the demonstration is offered.
    expect(facettes.type).toEqual([
      { valeur: "CIO", libelle: "Centre d'information et d'orientation (CIO)", nombre: 2 },
      { valeur: "FRANCE_TRAVAIL", libelle: "Agence France Travail", nombre: 1 },
      { valeur: "MISSION_LOCALE", libelle: "Mission locale", nombre: 1 },
    ]);
    // The publics are counted among the CIO only.
    expect(facettes.public.find((f) => f.valeur === "DEMANDEURS_D_EMPLOI")).toBeUndefined();
    expect(facettes.public.find((f) => f.valeur === "SCOLAIRES")?.nombre).toBe(2);
  });

  it("lists the communes a Mission locale covers, and resolves StructureSpro references", async () => {
    const { body } = await graphql(
      service.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on StructureSpro { id communesCouvertes(first: 3) { totalCount nodes { code nom } } } } }`,
      { r: [{ __typename: "StructureSpro", id: "demo-ml-clermont" }, { __typename: "StructureSpro", id: "nope" }] },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      _entities: [
        {
          id: "demo-ml-clermont",
          communesCouvertes: { totalCount: 9, nodes: [{ code: "63014", nom: "Aubière" }, { code: "63032", nom: "Beaumont" }, { code: "63070", nom: "Ceyrat" }] },
        },
        null,
      ],
    });
  });

  it("gives the opening hours and contacts of the demonstration structures", async () => {
    const { body } = await graphql(service.url, `{ structure(id: "demo-cio-clermont") { horaires { jour ouverture fermeture } precisionHoraires contacts { telephone courriel siteWeb } } }`);
    expect(body.errors).toBeUndefined();
    const cio = (body.data as { structure: { horaires: { jour: string }[]; precisionHoraires: string; contacts: Record<string, string | null> } }).structure;
    expect(cio.horaires.slice(0, 2)).toEqual([
      { jour: "LUNDI", ouverture: "09:00", fermeture: "12:00" },
      { jour: "LUNDI", ouverture: "13:30", fermeture: "17:00" },
    ]);
    expect(cio.horaires.filter((h) => h.jour === "MERCREDI")).toEqual([{ jour: "MERCREDI", ouverture: "09:00", fermeture: "17:00" }]);
    expect(cio.precisionHoraires).toMatch(/rendez-vous le mercredi/);
    expect(cio.contacts).toEqual({ telephone: "04 73 00 00 20", courriel: "cio.clermont@ac-clermont.example.fr", siteWeb: "https://cio-clermont.example.fr" });
  });
});
