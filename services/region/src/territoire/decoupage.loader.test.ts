import { allStored, readStored } from "@prisme/testing";
import { readFileSync } from "node:fs";
import { startTestService, type TestService } from "@prisme/testing";
import { fingerprintCollection } from "@prisme/common";
import { COMMUNES, type CommuneDoc } from "../commune/commune.model";
import type { RegionModels } from "../context";
import { region } from "../definition";
import { DEMO_DEPARTEMENTS, seedRegionDemo } from "../demo/seed";
import { countIn, stored } from "../importers/import-test-helpers";
import { loadDecoupageAdministratif } from "./decoupage.loader";

const packageCommunes = (
  JSON.parse(readFileSync(require.resolve("@etalab/decoupage-administratif/data/communes.json"), "utf8")) as { type: string; departement?: string }[]
).filter((c) => c.type === "commune-actuelle");
const communesIn = (departements: readonly string[]) => packageCommunes.filter((c) => departements.includes(c.departement ?? "")).length;

describe("region subgraph: the demonstration territory", () => {
  let service: TestService<RegionModels>;
  beforeAll(async () => {
    service = await startTestService(region);
  });
  afterAll(() => service.dispose());

  it("holds every current commune of the Auvergne départements, and nothing more", async () => {
    expect(await countIn(service, COMMUNES)).toBe(communesIn(DEMO_DEPARTEMENTS));
    // Communes déléguées and associées share codes with no commune of their own: none is stored.
    const stored = await allStored<{ codeDepartement: string }>(service.models.db, COMMUNES);
    expect(stored.filter((c) => !(DEMO_DEPARTEMENTS as readonly string[]).includes(c.codeDepartement))).toHaveLength(0);
  });

  it("writes nothing when seeded again, nor when the same package is loaded again", async () => {
    expect(await seedRegionDemo(service.models)).toBe(0);
    const again = await loadDecoupageAdministratif(service.models, { departements: DEMO_DEPARTEMENTS });
    expect(again.written).toBe(0);
    expect(again.communes.unchanged).toBe(communesIn(DEMO_DEPARTEMENTS));
    expect(again.departements.unchanged).toBe(again.departements.read);
  });
});

describe("region subgraph: loading @etalab/decoupage-administratif", () => {
  let service: TestService<RegionModels>;
  beforeAll(async () => {
    service = await startTestService(region, { demoData: false });
  });
  afterAll(() => service.dispose());

  it("loads the communes of the départements asked for, then only what changed", async () => {
    const first = await loadDecoupageAdministratif(service.models, { departements: ["2A"] });
    expect(first.communes.created).toBe(communesIn(["2A"]));
    expect(first.regions.created).toBeGreaterThan(0);
    const communes = service.models.db.collection(COMMUNES);
    expect(await readStored(service.models.db, COMMUNES, "2A004")).toMatchObject({ code: "2A004", nom: "Ajaccio", codeDepartement: "2A", provenance: { producteur: "Etalab" } });

    // A record stored without a fingerprint (an older version, a run killed in between) that differs
    // from the package is set right, and only it is rewritten.
    await communes.updateOne({ _id: "2A004" } as never, { $set: { nom: "Ajacciu" } });
    await service.models.db.collection(fingerprintCollection(COMMUNES)).deleteOne({ _id: "2A004" } as never);
    const second = await loadDecoupageAdministratif(service.models, { departements: ["2A"] });
    expect(second.written).toBe(1);
    expect(second.communes).toMatchObject({ created: 0, updated: 1, unchanged: communesIn(["2A"]) - 1 });
    expect((await stored<CommuneDoc>(service, COMMUNES, "2A004"))?.nom).toBe("Ajaccio");
  });

  it("refuses an unknown or malformed département before writing anything", async () => {
    const before = await countIn(service, COMMUNES);
    await expect(loadDecoupageAdministratif(service.models, { departements: ["63", "96"] })).rejects.toThrow(
      'Département "96" is not in @etalab/decoupage-administratif',
    );
    await expect(loadDecoupageAdministratif(service.models, { departements: ["Puy-de-Dôme"] })).rejects.toThrow(
      '"Puy-de-Dôme" is not an INSEE département code: expected something like 63, 2A or 974.',
    );
    expect(await countIn(service, COMMUNES)).toBe(before);
  });
});
