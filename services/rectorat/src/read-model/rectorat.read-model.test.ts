import { join } from "node:path";
import { RecordWriter, type Store } from "@prisme/common";
import { graphql, startTestService, type TestService } from "@prisme/testing";
import type { RectoratModels } from "../context";
import { rectorat } from "../definition";
import { ETABLISSEMENTS } from "../etablissement/etablissement.model";
import { SAMPLES } from "../importers/common/samples";
import { runImport } from "../importers/import-test-helpers";
import { LIENS_CFD_ONISEP } from "../lien/lien-cfd-onisep.model";
import { OFFRES } from "../offre/offre.model";
import { rectoratReadModel, type RectoratState } from "./rectorat.read-model";

// Whole referentials (BCN: 10,067 rows) against FerretDB.
jest.setTimeout(300_000);

let service: TestService<RectoratModels>;
beforeAll(async () => {
  service = await startTestService(rectorat, { demoData: false });
});
afterAll(() => service.dispose());

const UAI = "0030026M";
// Its Affelnet offer of MEFSTAT11 23820025510 (CFD 40025510) is the Certif Info link to FOR.298.
const OFFRE_FOR_298 = `AFFELNET:${UAI}:23820025510:SCOLAIRE`;

async function ouEnseignee(formation: string, statut?: string): Promise<string[]> {
  const { body } = await graphql<{ etablissements: { nodes: { uai: string }[] }; _entities: { etablissements: { nodes: { uai: string }[] } }[] }>(
    service.url,
    `query($r: [_Any!]!, $statut: StatutFormation) { etablissements(formation: "${formation}") { nodes { uai } }
      _entities(representations: $r) { ... on Formation { etablissements(statut: $statut) { nodes { uai } } } } }`,
    { r: [{ __typename: "Formation", id: formation }], statut },
  );
  expect(body.errors).toBeUndefined();
  const parRacine = body.data!.etablissements.nodes.map((n) => n.uai);
  const parFormation = body.data!._entities[0].etablissements.nodes.map((n) => n.uai);
  if (!statut) expect(parFormation).toEqual(parRacine);
  return parFormation;
}

/** What a whole load from the database gives, to compare with what incremental changes made. */
async function recharge(store: Store): Promise<RectoratState> {
  return rectoratReadModel(store).load(() => undefined);
}

const enseignements = (state: RectoratState) => Object.fromEntries([...state.etablissements.all()].map((e) => [e.uai, e.enseignements]).sort());

describe("rectorat read model: what établissements teach stays right as imports come, in any order", () => {
  it("links offers imported before the referentials once those arrive, and follows a changed link and removed records", async () => {
    const writer = (collection: string) => new RecordWriter(service.models.db, collection, { provenance: { producteur: "test", jeuDeDonnees: "test" }, counts: { created: 0, updated: 0, unchanged: 0 }, changes: service.models.changes });

    const loadedAt = service.readModel.status().loadedAt;
    // The établissement and its offers first: nothing to decode them with yet.
    await runImport(service, "annuaire", join(__dirname, "..", "importers", "affelnet", "fixtures", "annuaire_0030026M.csv"));
    await runImport(service, "affelnet", SAMPLES.affelnet);
    expect(await ouEnseignee("FOR.298")).toEqual([]);

    // Then the referentials: applied incrementally, every établissement re-derived from memory.
    await runImport(service, "bcn-mef", SAMPLES.bcnMef);
    await runImport(service, "cfd-onisep", SAMPLES.certifInfo);
    expect(await ouEnseignee("FOR.298")).toEqual([UAI]);
    expect(await ouEnseignee("FOR.298", "SCOLAIRE")).toEqual([UAI]);
    expect(await ouEnseignee("FOR.298", "APPRENTISSAGE")).toEqual([]);

    // A corrected link moves the établissement from one formation to the other.
    await writer(LIENS_CFD_ONISEP).write([{ _id: "40025510", formationIds: ["FOR.99999"] }]);
    await service.readModel.refresh();
    expect(await ouEnseignee("FOR.298")).toEqual([]);
    expect(await ouEnseignee("FOR.99999")).toEqual([UAI]);

    // A withdrawn offer takes its formation away.
    await writer(OFFRES).remove([OFFRE_FOR_298]);
    await service.readModel.refresh();
    expect(await ouEnseignee("FOR.99999")).toEqual([]);

    const state = (await service.readModel.current()) as RectoratState;
    // Every change above was applied incrementally, and gives what a whole load gives.
    expect(service.readModel.status().loadedAt).toBe(loadedAt);
    expect(enseignements(state)).toEqual(enseignements(await recharge(service.models)));
    expect(state.etablissements.get(UAI)!.formationIds).toContain("FOR.4284");

    // A removed établissement leaves every list.
    await writer(ETABLISSEMENTS).remove([UAI]);
    await service.readModel.refresh();
    expect(await ouEnseignee("FOR.4284")).toEqual([]);
    const { body } = await graphql(service.url, `{ etablissement(uai: "${UAI}") { uai } }`);
    expect(body).toEqual({ data: { etablissement: null } });
  });
});
