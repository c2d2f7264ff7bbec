import { readFileSync } from "node:fs";
import { startTestService, type TestService } from "@prisme/testing";
import type { RegionModels } from "../context";
import { region } from "../definition";
import { DEMO_DEPARTEMENTS, seedRegionDemo } from "../demo/seed";
import { loadDecoupageAdministratif } from "./decoupage.loader";

const packageCommunes = (
  JSON.parse(readFileSync(require.resolve("@etalab/decoupage-administratif/data/communes.json"), "utf8")) as { type: string; departement?: string }[]
).filter((c) => c.type === "commune-actuelle");
const countIn = (departements: readonly string[]) => packageCommunes.filter((c) => departements.includes(c.departement ?? "")).length;

describe("region subgraph: the demonstration territory", () => {
  let service: TestService<RegionModels>;
  beforeAll(async () => {
    service = await startTestService(region);
  });
  afterAll(() => service.dispose());

  it("holds every current commune of the Auvergne départements, and nothing more", async () => {
    expect(await service.models.Commune.countDocuments()).toBe(countIn(DEMO_DEPARTEMENTS));
    // Communes déléguées and associées share codes with no commune of their own: none is stored.
    expect(await service.models.Commune.countDocuments({ codeDepartement: { $nin: [...DEMO_DEPARTEMENTS] } })).toBe(0);
  });

  it("writes nothing when seeded again, nor when the same package is loaded again", async () => {
    expect(await seedRegionDemo(service.models)).toBe(0);
    const again = await loadDecoupageAdministratif(service.models, { departements: DEMO_DEPARTEMENTS });
    expect(again.written).toBe(0);
    expect(again.communes.unchanged).toBe(countIn(DEMO_DEPARTEMENTS));
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
    expect(first.communes.created).toBe(countIn(["2A"]));
    expect(first.regions.created).toBeGreaterThan(0);
    const ajaccio = await service.models.Commune.findOne({ code: "2A004" }).lean();
    expect(ajaccio).toMatchObject({ nom: "Ajaccio", codeDepartement: "2A", provenance: { producteur: "Etalab" } });

    // A record changed behind the loader's back is set right, and only it is rewritten.
    await service.models.Commune.updateOne({ code: "2A004" }, { $set: { nom: "Ajacciu" } });
    const second = await loadDecoupageAdministratif(service.models, { departements: ["2A"] });
    expect(second.written).toBe(1);
    expect(second.communes).toMatchObject({ created: 0, updated: 1, unchanged: countIn(["2A"]) - 1 });
    expect((await service.models.Commune.findOne({ code: "2A004" }).lean())?.nom).toBe("Ajaccio");
  });

  it("refuses an unknown or malformed département before writing anything", async () => {
    const before = await service.models.Commune.countDocuments();
    await expect(loadDecoupageAdministratif(service.models, { departements: ["63", "96"] })).rejects.toThrow(
      'Département "96" is not in @etalab/decoupage-administratif',
    );
    await expect(loadDecoupageAdministratif(service.models, { departements: ["Puy-de-Dôme"] })).rejects.toThrow(
      '"Puy-de-Dôme" is not an INSEE département code: expected something like 63, 2A or 974.',
    );
    expect(await service.models.Commune.countDocuments()).toBe(before);
  });
});
