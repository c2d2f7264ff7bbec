import { readStored } from "@prisme/testing";
import { OFFRES } from "../offre/offre.model";
import { countQueries } from "@prisme/common";
import { graphql, startTestService, type TestService } from "@prisme/testing";
import type { CarifOrefModels } from "../context";
import { carifOref } from "../definition";

let service: TestService<CarifOrefModels>;
beforeAll(async () => {
  service = await startTestService(carifOref);
});
afterAll(() => service.dispose());

const entities = async (fragment: string, representations: object[]) => {
  const { body } = await graphql<{ _entities: Record<string, unknown>[] }>(service.url, `query($r: [_Any!]!) { _entities(representations: $r) { ${fragment} } }`, { r: representations });
  expect(body.errors).toBeUndefined();
  return body.data!._entities;
};
const offreIds = (e: Record<string, unknown>, field = "offres") => (e[field] as { nodes: { id: string }[] }).nodes.map((n) => n.id);

describe("what carif-oref adds to other subgraphs' entities", () => {
  it("gives a commune (region) the offers taught there, and a ROME fiche (onisep) those preparing for it", async () => {
    const [issoire, nowhere] = await entities(`... on Commune { code offres { totalCount nodes { id } } }`, [{ __typename: "Commune", code: "63178" }, { __typename: "Commune", code: "99999" }]);
    expect(offreIds(issoire)).toEqual(["AUV-OF-000108", "AUV-OF-000109"]);
    expect(nowhere).toEqual({ code: "99999", offres: { totalCount: 0, nodes: [] } });
    const [rome] = await entities(`... on Rome { code offres { nodes { id } } }`, [{ __typename: "Rome", code: "M1203" }]);
    // By intitulé: "…Comptable assistant" before "…Gestionnaire comptable et fiscal".
    expect(offreIds(rome)).toEqual(["AUV-OF-000112", "AUV-OF-000111"]);
  });

  it("gives an Onisep formation its Certif Info certification and the continuing-education offers preparing it", async () => {
    const [ebeniste, inconnue] = await entities(
      `... on Formation { id certification { id libelle codeRncp } offresContinues { nodes { id intitule } } }`,
      [{ __typename: "Formation", id: "FOR.1088" }, { __typename: "Formation", id: "FOR.9999" }],
    );
    expect(ebeniste).toEqual({
      id: "FOR.1088",
      certification: { id: "94681", libelle: "CAP ébéniste", codeRncp: "37538" },
      offresContinues: { nodes: [{ id: "AUV-OF-000103", intitule: "CAP Ébéniste en formation continue" }] },
    });
    expect(inconnue).toEqual({ id: "FOR.9999", certification: null, offresContinues: { nodes: [] } });
  });

  it("gives a métier, and an Onisep formation, only the offers taught within a radius (proximite), nearest first, with their distance", async () => {
    const clermont30 = { latitude: 45.7772, longitude: 3.087, rayonKm: 30 };
    const fragment = `... on Metier { id offres(proximite: $a) { totalCount nodes { id distanceKm } } }`;
    const { body } = await graphql<{ _entities: { id: string; offres: { totalCount: number; nodes: { id: string; distanceKm: number }[] } }[] }>(
      service.url,
      `query($r: [_Any!]!, $a: ProximiteInput!) { _entities(representations: $r) { ${fragment} } }`,
      { r: [{ __typename: "Metier", id: "MET.12", codesRome: ["M1805"] }, { __typename: "Metier", id: "MET.94", codesRome: ["F1703"] }], a: clermont30 },
    );
    expect(body.errors).toBeUndefined();
    const [developpeur, macon] = body.data!._entities;
    // Both M1805 offers are taught in Clermont-Ferrand (AUV-OF-000101 also in Vichy, at its nearest place here).
    expect(developpeur.offres.totalCount).toBe(2);
    expect(developpeur.offres.nodes.map((o) => o.id).sort()).toEqual(["AUV-OF-000101", "AUV-OF-000102"]);
    const distances = developpeur.offres.nodes.map((o) => o.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    for (const km of distances) expect(km).toBeLessThan(5);
    // The only F1703 offer is taught in Vichy and Moulins, beyond 30 km; without proximite it is listed.
    expect(macon.offres).toEqual({ totalCount: 0, nodes: [] });
    const [toutes] = await entities(`... on Metier { offres { nodes { id distanceKm } } }`, [{ __typename: "Metier", id: "MET.94", codesRome: ["F1703"] }]);
    expect(toutes.offres).toEqual({ nodes: [{ id: "AUV-OF-000110", distanceKm: null }] });

    const ebeniste = await graphql<{ _entities: { offresContinues: { nodes: { id: string }[] } }[] }>(
      service.url,
      `query($r: [_Any!]!, $loin: ProximiteInput!) { _entities(representations: $r) { ... on Formation { offresContinues(proximite: $loin) { nodes { id } } } } }`,
      { r: [{ __typename: "Formation", id: "FOR.1088" }], loin: { latitude: 48.85, longitude: 2.35, rayonKm: 10 } },
    );
    expect(ebeniste.body.data!._entities[0].offresContinues.nodes).toEqual([]);
  });

  it("refuses a radius out of range on those lists, naming the argument", async () => {
    const { body } = await graphql(service.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Metier { offres(proximite: { latitude: 45.7, longitude: 3.1, rayonKm: 500 }) { totalCount } } } }`, {
      r: [{ __typename: "Metier", id: "MET.12", codesRome: ["M1805"] }],
    });
    expect(body.errors?.[0]).toMatchObject({ message: expect.stringContaining("proximite.rayonKm must be more than 0 and at most 200"), extensions: { code: "BAD_USER_INPUT" } });
  });

  it("resolves certifications by Certif Info code or RNCP number, and organismes by SIRET with their offers", async () => {
    const certifications = await entities(`... on Certification { id offres { nodes { id } } }`, [{ __typename: "Certification", codeRncp: "37537" }, { __typename: "Certification", id: "106627" }]);
    expect(certifications).toEqual([
      { id: "82703", offres: { nodes: [{ id: "AUV-OF-000108" }] } },
      { id: "106627", offres: { nodes: [{ id: "AUV-OF-000109" }] } },
    ]);
    const siret = ((await readStored(service.models.db, OFFRES, "AUV-OF-000103"))!).siretOrganisme!;
    const [organisme] = await entities(`... on OrganismeFormation { siret nom offres { totalCount nodes { id } } }`, [{ __typename: "OrganismeFormation", siret }]);
    expect(organisme).toMatchObject({ siret, nom: "Centre de formation des artisans du bois d'Auvergne", offres: { totalCount: 2 } });
  });

  it("gives a school (rectorat) the offers given there, by the UAI of the LHEO lieu de formation", async () => {
    const [bonte, coiffure, sansOffre] = await entities(`... on Etablissement { uai offres { totalCount nodes { id } } }`, [
      { __typename: "Etablissement", uai: "0631985R" },
      { __typename: "Etablissement", uai: "0630003L" },
      { __typename: "Etablissement", uai: "0630068G" },
    ]);
    expect(bonte).toEqual({ uai: "0631985R", offres: { totalCount: 1, nodes: [{ id: "AUV-OF-000104" }] } });
    expect(offreIds(coiffure)).toEqual(["AUV-OF-000109"]);
    expect(sansOffre).toEqual({ uai: "0630068G", offres: { totalCount: 0, nodes: [] } });
    const { body } = await graphql<{ offre: { lieux: unknown[] } }>(service.url, `{ offre(id: "AUV-OF-000109") { lieux { commune { code } etablissement { uai } } } }`);
    expect(body.data!.offre.lieux).toEqual([
      { commune: { code: "63178" }, etablissement: null },
      { commune: { code: "63113" }, etablissement: { uai: "0630003L" } },
    ]);
  });

  it("gives an offer its lieux as communes, its organisme and its certifications, with the next session first", async () => {
    const { body } = await graphql(
      service.url,
      `{ offre(id: "AUV-OF-000101") { communes { code } lieux { adresse { ville coordonnees { latitude longitude } } commune { code } } organisme { nom } certifications { id } sessions { debut } } }`,
    );
    expect(body.data!.offre).toEqual({
      communes: [{ code: "03310" }, { code: "63113" }],
      lieux: [
        { adresse: { ville: "Clermont-Ferrand", coordonnees: { latitude: 45.7856, longitude: 3.1155 } }, commune: { code: "63113" } },
        { adresse: { ville: "Vichy", coordonnees: { latitude: 46.13, longitude: 3.4244 } }, commune: { code: "03310" } },
      ],
      organisme: { nom: "Institut des métiers du numérique des Dômes" },
      certifications: [{ id: "114920" }],
      sessions: [{ debut: "2026-09-14" }, { debut: "2027-01-11" }],
    });
  });

  it("reads the database as often for 30 communes as for 3", async () => {
    const codes = ["63113", "63300", "03310", "03190", "03185", "15014", "43157", "63178", "63430", "15187", "43040"];
    const reps = (n: number) => Array.from({ length: n }, (_, i) => ({ __typename: "Commune", code: i < codes.length ? codes[i] : `63${String(i).padStart(3, "0")}` }));
    const fragment = `... on Commune { offres { nodes { id organisme { siret } certifications { id } } } }`;
    const queries = countQueries(service.connection);
    try {
      await entities(fragment, reps(3));
      const few = queries.count;
      queries.reset();
      await entities(fragment, reps(30));
      expect(queries.count).toBe(few);
    } finally {
      queries.stop();
    }
  });
});
