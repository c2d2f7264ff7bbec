import { readFileSync } from "node:fs";
import { fingerprintCollection, pack } from "@prisme/common";
import { graphql, readStored, startTestService, type TestService } from "@prisme/testing";
import type { RegionModels } from "../context";
import { region } from "../definition";
import { seedRegionDemo } from "../demo/seed";
import { communeCodec, COMMUNES_PAR_DEPARTEMENT } from "./communes.lots";
import { loadDecoupageAdministratif } from "./decoupage.loader";
import { encoderLot, type LotDoc } from "./lots";
import { assurerTerritoire } from "./territoire.assure";

const packageCommunes = (
  JSON.parse(readFileSync(require.resolve("@etalab/decoupage-administratif/data/communes.json"), "utf8")) as { code: string; type: string; departement?: string }[]
).filter((c) => c.type === "commune-actuelle");
const departementsAvecCommunes = new Set(packageCommunes.map((c) => c.departement));

type Communes = { communes: { totalCount: number } };
const total = async (service: TestService<RegionModels>) => (await graphql<Communes>(service.url, `{ communes { totalCount } }`)).body.data!.communes.totalCount;
const nom = async (service: TestService<RegionModels>, code: string) =>
  (await graphql<{ commune: { nom: string } | null }>(service.url, `query($c: ID!) { commune(code: $c) { nom } }`, { c: code })).body.data!.commune?.nom ?? null;

describe("region subgraph: the territory of all France, on every start", () => {
  let service: TestService<RegionModels>;
  beforeAll(async () => {
    // No demonstration data: the territory is loaded all the same.
    service = await startTestService(region, { demoData: false });
  });
  afterAll(() => service.dispose());

  it("holds every current commune of France, in one lot per département", async () => {
    expect(await total(service)).toBe(packageCommunes.length);
    expect(await service.models.db.collection(COMMUNES_PAR_DEPARTEMENT).countDocuments()).toBe(departementsAvecCommunes.size);
    // Corsica, an overseas département, Paris: codes any partner may cite.
    expect([await nom(service, "2A004"), await nom(service, "97411"), await nom(service, "75056"), await nom(service, "94028")]).toEqual(["Ajaccio", "Saint-Denis", "Paris", "Créteil"]);
  });

  it("writes nothing on a later start, a demonstration seed or a load of the same package", async () => {
    expect(await assurerTerritoire(service.models)).toBe(0);
    expect(await seedRegionDemo(service.models)).toBeGreaterThan(0); // centres, structures, events: not the territory
    expect(await seedRegionDemo(service.models)).toBe(0);
    const again = await loadDecoupageAdministratif(service.models);
    expect(again.written).toBe(0);
    expect(again.communes).toMatchObject({ read: packageCommunes.length, created: 0, updated: 0, unchanged: packageCommunes.length });
    expect(again.departements.unchanged).toBe(again.departements.read);
  });

  it("sets right a lot that differs from the package, counting only the commune that changed", async () => {
    const lots = service.models.db.collection(COMMUNES_PAR_DEPARTEMENT);
    const corse = (await readStored<LotDoc>(service.models.db, COMMUNES_PAR_DEPARTEMENT, "2A"))!;
    const communes = corse.lignes.map((ligne) => communeCodec.lire(ligne));
    const faussee = communes.map((c) => (c.code === "2A004" ? { ...c, nom: "Ajacciu" } : c));
    // Stored without its fingerprint, as an older version or a run killed in between would leave it.
    await lots.replaceOne({ _id: "2A" }, pack({ _id: "2A", ...encoderLot(communeCodec, faussee), provenance: corse.provenance }));
    await service.models.db.collection(fingerprintCollection(COMMUNES_PAR_DEPARTEMENT)).deleteOne({ _id: "2A" } as never);
    const second = await loadDecoupageAdministratif(service.models);
    expect(second.communes).toMatchObject({ created: 0, updated: 1, unchanged: packageCommunes.length - 1 });
    expect((await readStored<LotDoc>(service.models.db, COMMUNES_PAR_DEPARTEMENT, "2A"))!.lignes).toContainEqual(["2A004", "Ajaccio", expect.any(Array), expect.any(Number)]);
    await service.readModel.refresh();
    expect(await nom(service, "2A004")).toBe("Ajaccio");
  });

  it("keeps a commune an older vintage had and the package no longer lists, so that partners citing it still resolve", async () => {
    const lots = service.models.db.collection(COMMUNES_PAR_DEPARTEMENT);
    const cantal = (await readStored<LotDoc>(service.models.db, COMMUNES_PAR_DEPARTEMENT, "15"))!;
    const communes = cantal.lignes.map((ligne) => communeCodec.lire(ligne));
    // Made-up: a commune merged away before this vintage, stored by an older one.
    const ancienne = { code: "15999", nom: "Commune fusionnée", codesPostaux: ["15000"], population: 12 };
    const ancienneVersion = { ...cantal.provenance, jeuDeDonnees: "@etalab/decoupage-administratif 0.9.0" };
    await lots.replaceOne({ _id: "15" }, pack({ _id: "15", ...encoderLot(communeCodec, [...communes, ancienne]), provenance: ancienneVersion }));
    await service.models.db.collection(fingerprintCollection(COMMUNES_PAR_DEPARTEMENT)).deleteOne({ _id: "15" } as never);

    const load = await loadDecoupageAdministratif(service.models);
    // The lot came from another vintage: each of its communes is rewritten with this one's provenance.
    expect(load.communes).toMatchObject({ created: 0, updated: communes.length });
    await service.readModel.refresh();
    expect(await nom(service, "15999")).toBe("Commune fusionnée");
    expect(await total(service)).toBe(packageCommunes.length + 1);
  });
});
