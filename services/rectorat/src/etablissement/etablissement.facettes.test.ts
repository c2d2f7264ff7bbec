import { graphql, startTestService, type TestService } from "@prisme/testing";
import type { RectoratModels } from "../context";
import { rectorat } from "../definition";

let service: TestService<RectoratModels>;
beforeAll(async () => {
  service = await startTestService(rectorat);
});
afterAll(() => service.dispose());

type Valeur = { valeur: string; libelle: string; nombre: number };
type Facettes = Record<"type" | "secteur" | "voie" | "apprentissage" | "internat", Valeur[]>;
type Page = { etablissements: { totalCount: number; facettes: Facettes } };

const FACETTES = `facettes { type { ...v } secteur { ...v } voie { ...v } apprentissage { ...v } internat { ...v } }`;
const VALEUR = `fragment v on FacetteValeur { valeur libelle nombre }`;

async function facettes(args: string): Promise<Page["etablissements"]> {
  const { body } = await graphql<Page>(service.url, `{ etablissements(${args}) { totalCount ${FACETTES} } } ${VALEUR}`);
  expect(body.errors).toBeUndefined();
  return body.data!.etablissements;
}

// The demonstration data of the Puy-de-Dôme: 6 public établissements (4 lycées, a CFA, the CIO) and a private school of hairdressing.
describe("rectorat subgraph: facets of établissements", () => {
  it("counts each filter's values over the other criteria, with French labels", async () => {
    const page = await facettes(`departement: "63", secteur: PUBLIC`);
    expect(page.totalCount).toBe(6);
    expect(page.facettes).toEqual({
      type: [
        { valeur: "LYCEE", libelle: "Lycée", nombre: 4 },
        { valeur: "AUTRE", libelle: "Autre", nombre: 1 },
        { valeur: "CIO", libelle: "Centre d'information et d'orientation (CIO)", nombre: 1 },
      ],
      // Counted without the secteur filter itself: the private school shows, to be chosen instead.
      secteur: [
        { valeur: "PUBLIC", libelle: "Public", nombre: 6 },
        { valeur: "PRIVE", libelle: "Privé", nombre: 1 },
      ],
      voie: [
        { valeur: "PROFESSIONNELLE", libelle: "Voie professionnelle", nombre: 3 },
        { valeur: "GENERALE", libelle: "Voie générale", nombre: 2 },
        { valeur: "TECHNOLOGIQUE", libelle: "Voie technologique", nombre: 2 },
      ],
      // The CIO says nothing of apprentices or boarding: it counts as false.
      apprentissage: [
        { valeur: "false", libelle: "Ne forme pas d'apprentis", nombre: 5 },
        { valeur: "true", libelle: "Forme des apprentis", nombre: 1 },
      ],
      internat: [
        { valeur: "false", libelle: "Sans internat", nombre: 4 },
        { valeur: "true", libelle: "Avec internat", nombre: 2 },
      ],
    });
  });

  it("keeps a chosen value listed, and a facet's value passed back as its filter gives its count", async () => {
    const choisie = await facettes(`departement: "63", voie: PROFESSIONNELLE`);
    expect(choisie.totalCount).toBe(3);
    expect(choisie.facettes.voie.map((v) => [v.valeur, v.nombre])).toEqual([["PROFESSIONNELLE", 3], ["GENERALE", 2], ["TECHNOLOGIQUE", 2]]);
    expect(choisie.facettes.secteur).toEqual([{ valeur: "PUBLIC", libelle: "Public", nombre: 3 }]);

    const internat = await facettes(`departement: "63", internat: true`);
    expect(internat.totalCount).toBe(2);
    const aucune = await facettes(`departement: "63", apprentissage: true, internat: false`);
    expect(aucune.totalCount).toBe(0);
    // Nothing matches, yet the values asked for stay listed (with 0) so that a front end can show them chosen.
    expect(aucune.facettes.internat).toContainEqual({ valeur: "false", libelle: "Sans internat", nombre: 0 });
  });

  it("counts the facets of a search near a point, and of the établissements teaching a formation", async () => {
    const pres = await facettes(`recherche: "lycee", proximite: { latitude: 45.7772, longitude: 3.087, rayonKm: 20 }`);
    expect(pres.totalCount).toBe(2);
    expect(pres.facettes.type).toEqual([{ valeur: "LYCEE", libelle: "Lycée", nombre: 2 }]);

    const { body } = await graphql<{ _entities: { etablissements: { facettes: Pick<Facettes, "type" | "secteur"> } }[] }>(
      service.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Formation { etablissements(first: 1) { facettes { type { ...v } secteur { ...v } } } } } } ${VALEUR}`,
      { r: [{ __typename: "Formation", id: "FOR.3119" }] },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!._entities[0].etablissements.facettes).toEqual({
      type: [{ valeur: "LYCEE", libelle: "Lycée", nombre: 3 }],
      secteur: [{ valeur: "PUBLIC", libelle: "Public", nombre: 3 }],
    });
  });
});
