import { graphql, startTestService, type TestService } from "@prisme/testing";
import type { RectoratModels } from "../context";
import { rectorat } from "../definition";

let service: TestService<RectoratModels>;
beforeAll(async () => {
  service = await startTestService(rectorat);
});
afterAll(() => service.dispose());

describe("rectorat subgraph: établissements", () => {
  it("returns an établissement with its commune reference, coordinates and provenance", async () => {
    const { body } = await graphql(
      service.url,
      `{ etablissement(uai: "0630022G") { uai nom commune { code } coordonnees { latitude longitude } provenance { producteur jeuDeDonnees } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      etablissement: {
        uai: "0630022G",
        nom: "Lycée professionnel Roger Claustres - Lycée des métiers des réalisations industrielles et artisanales",
        commune: { code: "63113" },
        coordonnees: { latitude: 45.7891, longitude: 3.1102 },
        provenance: { producteur: "Rectorat de Clermont-Ferrand", jeuDeDonnees: "Prisme — données de démonstration" },
      },
    });
  });

  it("accepts a UAI typed in lower case", async () => {
    const { body } = await graphql(service.url, `{ etablissement(uai: " 0150006a ") { uai commune { code } } }`);
    expect(body).toEqual({ data: { etablissement: { uai: "0150006A", commune: { code: "15014" } } } });
  });

  it("returns null for an unknown UAI and a clear error for a malformed one", async () => {
    const unknown = await graphql(service.url, `{ etablissement(uai: "0999999F") { uai } }`);
    expect(unknown.body).toEqual({ data: { etablissement: null } });

    const malformed = await graphql(service.url, `{ etablissement(uai: "lycee-blaise-pascal") { uai } }`);
    expect(malformed.body.data?.etablissement).toBeNull();
    expect(malformed.body.errors?.[0].message).toBe('"lycee-blaise-pascal" is not a valid UAI: expected something like 0630001A.');
    expect(malformed.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");

    const wrongLetter = await graphql(service.url, `{ etablissement(uai: "0630022H") { uai } }`);
    expect(wrongLetter.body.errors?.[0].message).toBe('"0630022H" is not a valid UAI: its check letter should be G (0630022G).');
    expect(wrongLetter.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("lists the établissements of a commune, by name, page by page", async () => {
    type Page = { etablissements: { totalCount: number; nodes: { uai: string; commune: { code: string } }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } };
    const query = `query($after: String) { etablissements(codeCommune: "63113", first: 2, after: $after) { totalCount nodes { uai commune { code } } pageInfo { endCursor hasNextPage } } }`;

    const first = await graphql<Page>(service.url, query);
    expect(first.body.errors).toBeUndefined();
    const page1 = first.body.data!.etablissements;
    expect(page1.totalCount).toBe(4);
    // The CIO is an établissement like the others ("Centre d'information…" sorts before "Centre de formation…").
    expect(page1.nodes.map((n) => n.uai)).toEqual(["0631601Y", "0631978H"]);
    expect(page1.pageInfo.hasNextPage).toBe(true);

    const second = await graphql<Page>(service.url, query, { after: page1.pageInfo.endCursor });
    const page2 = second.body.data!.etablissements;
    expect(page2.nodes).toEqual([{ uai: "0630003L", commune: { code: "63113" } }, { uai: "0630022G", commune: { code: "63113" } }]);
    expect(page2.pageInfo.hasNextPage).toBe(false);

    const all = await graphql<Page>(service.url, `{ etablissements { totalCount } }`);
    expect(all.body.data!.etablissements.totalCount).toBe(16);
  });

  it("refuses a commune filter that is not an INSEE code", async () => {
    const { body } = await graphql(service.url, `{ etablissements(codeCommune: "Clermont") { totalCount } }`);
    expect(body.errors?.[0].message).toBe('"Clermont" is not a valid INSEE commune code: expected something like 63113.');
    expect(body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("reads a département as INSEE writes it or with the Rectorat's leading zero, and shows it as INSEE does", async () => {
    type Count = { etablissements: { totalCount: number; nodes: { departement: { code: string } }[] } };
    const inseeForm = await graphql<Count>(service.url, `{ etablissements(departement: "03") { totalCount nodes { departement { code } } } }`);
    const rectoratForm = await graphql<Count>(service.url, `{ etablissements(departement: "003") { totalCount nodes { departement { code } } } }`);
    expect(inseeForm.body.errors).toBeUndefined();
    expect(inseeForm.body.data!.etablissements.totalCount).toBe(3);
    expect(rectoratForm.body).toEqual(inseeForm.body);
    expect(new Set(inseeForm.body.data!.etablissements.nodes.map((n) => n.departement.code))).toEqual(new Set(["03"]));

    const bad = await graphql(service.url, `{ etablissements(departement: "6") { totalCount } }`);
    expect(bad.body.errors?.[0].message).toBe('"6" is not a valid INSEE département code: expected something like 63.');
  });

  it("finds an académie by its code, with or without the leading zero, and refuses what is not one", async () => {
    const { body } = await graphql(service.url, `{ a: academie(code: "06") { code nom } b: academie(code: "6") { code } c: academie(code: "98") { code } etablissements(academie: "6") { totalCount } }`);
    expect(body).toEqual({ data: { a: { code: "06", nom: "Clermont-Ferrand" }, b: { code: "06" }, c: null, etablissements: { totalCount: 16 } } });

    const bad = await graphql(service.url, `{ academie(code: "Clermont") { code } }`);
    expect(bad.body.errors?.[0].message).toBe('"Clermont" is not a valid académie code: expected something like 06.');
    expect(bad.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("calls what an établissement teaches FormationEnEtablissement", async () => {
    const { body } = await graphql(service.url, `{ etablissement(uai: "0630022G") { formations(first: 1, formation: "for.3119") { nodes { __typename source statut } } } }`);
    expect(body).toEqual({ data: { etablissement: { formations: { nodes: [{ __typename: "FormationEnEtablissement", source: "DEMO", statut: "APPRENTISSAGE" }] } } } });
    const bad = await graphql(service.url, `{ etablissement(uai: "0630022G") { formations(formation: "menuisier") { totalCount } } }`);
    expect(bad.body.errors?.[0].message).toBe('"menuisier" is not a valid Onisep formation id: expected something like FOR.1234.');
  });

  it("resolves Etablissement entity references in one batch", async () => {
    const { body } = await graphql(service.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Etablissement { uai commune { code } } } }`, {
      r: [{ __typename: "Etablissement", uai: "0430020N" }, { __typename: "Etablissement", uai: "0999999F" }, { __typename: "Etablissement", uai: "0630068G" }],
    });
    expect(body.data).toEqual({
      _entities: [{ uai: "0430020N", commune: { code: "43157" } }, null, { uai: "0630068G", commune: { code: "63430" } }],
    });
  });
});
