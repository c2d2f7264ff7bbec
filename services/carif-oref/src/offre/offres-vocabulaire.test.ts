import { graphql, startTestService, type TestService } from "@prisme/testing";
import type { CarifOrefModels } from "../context";
import { carifOref } from "../definition";
import { euros } from "./lieu.resolver";

let service: TestService<CarifOrefModels>;
beforeAll(async () => {
  service = await startTestService(carifOref);
});
afterAll(() => service.dispose());

type Page = { offres: { totalCount: number; nodes: { id: string; distanceKm: number | null }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } };
const CLERMONT = "latitude: 45.7772, longitude: 3.087";

describe("offres: the graph's common vocabulary", () => {
  it("searches with recherche and proximite, and still answers the deprecated texte and autourDe the same", async () => {
    const now = await graphql<Page>(service.url, `{ offres(recherche: "menuisier", proximite: { ${CLERMONT}, rayonKm: 30 }) { totalCount nodes { id distanceKm } } }`);
    const before = await graphql<Page>(service.url, `{ offres(texte: "menuisier", autourDe: { ${CLERMONT}, rayonKm: 30 }) { totalCount nodes { id distanceKm } } }`);
    expect(now.body.errors).toBeUndefined();
    expect(now.body.data!.offres.totalCount).toBeGreaterThan(0);
    expect(before.body.data).toEqual(now.body.data);
    const both = await graphql(service.url, `{ offres(recherche: "a", texte: "b") { totalCount } }`);
    expect(both.body.errors?.[0].message).toBe("Give recherche only (texte is its former name).");
  });

  it("counts the offers per value of each filter, over the other criteria", async () => {
    const { body } = await graphql<{ offres: { totalCount: number; facettes: Record<string, { valeur: string; libelle: string; nombre: number }[]> } }>(
      service.url,
      `{ offres(modalite: A_DISTANCE, first: 1) { totalCount facettes { modalite { valeur libelle nombre } certifiante { valeur nombre } departement { valeur libelle nombre } financeur { valeur libelle nombre } moisDebut { valeur libelle nombre } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const { totalCount, facettes } = body.data!.offres;
    // The modality facet ignores the modality filter: every modality with its count, the one asked among them.
    const distance = facettes.modalite.find((f) => f.valeur === "A_DISTANCE")!;
    expect(distance).toEqual({ valeur: "A_DISTANCE", libelle: "À distance", nombre: totalCount });
    expect(facettes.modalite.reduce((sum, f) => sum + f.nombre, 0)).toBeGreaterThan(totalCount);
    // The other facets count the distance-learning offers only.
    expect(facettes.certifiante.reduce((sum, f) => sum + f.nombre, 0)).toBe(totalCount);
    expect(facettes.departement.every((f) => /\(\d{2,3}\)$/.test(f.libelle))).toBe(true);
    expect(facettes.moisDebut.every((f) => /^\d{4}-\d{2}$/.test(f.valeur))).toBe(true);
  });

  it("keeps its place between two pages when an offer appears before the cursor", async () => {
    const first = await graphql<Page>(service.url, `{ offres(first: 3) { nodes { id } pageInfo { endCursor hasNextPage } } }`);
    const next = await graphql<Page>(service.url, `query($a: String) { offres(first: 3, after: $a) { nodes { id } } }`, { a: first.body.data!.offres.pageInfo.endCursor });
    // An offer whose intitulé sorts first arrives between the two requests.
    const { ImportReport, RecordWriter } = await import("@prisme/common");
    const { offreProjection } = await import("../read-model/offre.entry");
    const writer = new RecordWriter(service.models.db, "offres", { provenance: { producteur: "Essai", jeuDeDonnees: "essai" }, counts: new ImportReport("essai", "x"), changes: service.models.changes, projections: [offreProjection] });
    await writer.write([{ _id: "AAA-1", id: "AAA-1", intitule: "Aaa, une offre arrivée entre deux pages", codesRome: [], actions: [] } as never]);
    await service.readModel.refresh();
    const again = await graphql<Page>(service.url, `query($a: String) { offres(first: 3, after: $a) { nodes { id } } }`, { a: first.body.data!.offres.pageInfo.endCursor });
    expect(again.body.data!.offres.nodes).toEqual(next.body.data!.offres.nodes);
  });

  it("finds certifications by either code through two fields, the former one kept", async () => {
    const { body } = await graphql(service.url, `{ a: certificationParCertifInfo(code: "106627") { id } b: certificationParRncp(codeRncp: "RNCP37537") { id } c: certification(codeRncp: "37537") { id } }`);
    expect(body.data).toEqual({ a: { id: "106627" }, b: { id: "82703" }, c: { id: "82703" } });
    const bad = await graphql(service.url, `{ certificationParRncp(codeRncp: "R-12") { id } }`);
    expect(bad.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("gives prices as numbers of euros", () => {
    expect([euros("1250"), euros("1 250,50 €"), euros("1250.5"), euros("gratuit"), euros(null)]).toEqual([1250, 1250.5, 1250.5, null, null]);
  });
});
