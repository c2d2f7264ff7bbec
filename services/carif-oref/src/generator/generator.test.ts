import { allStored } from "@prisme/testing";
import { OFFRES, type OffreDoc } from "../offre/offre.model";
import { PassThrough } from "node:stream";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startTestService, type TestService } from "@prisme/testing";
import type { CarifOrefModels } from "../context";
import { isValidSiret } from "../common/siret";
import { carifOref } from "../definition";
import { importLheo } from "../importers/lheo/lheo.importer";
import { generatedNumero, writeFeed, type FeedOptions } from "./feed.generator";
import { loadReferentiels } from "./referentiels";
import { sharedData } from "@prisme/testing";

const refs = loadReferentiels(sharedData(), ["03", "15", "43", "63"]);
const dir = mkdtempSync(join(tmpdir(), "gen-"));

async function feed(options: FeedOptions): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  await writeFeed(out, refs, options);
  out.end();
  return Buffer.concat(chunks).toString("utf8");
}

let service: TestService<CarifOrefModels>;
beforeAll(async () => {
  service = await startTestService(carifOref, { demoData: false });
});
afterAll(() => service.dispose());

describe("LHEO feed generator", () => {
  it("draws from the real referentials: Auvergne communes, published Certif Info certifications", () => {
    expect(refs.communes.length).toBeGreaterThan(1200);
    expect(refs.communes.every((c) => /^(03|15|43|63)/.test(c.code))).toBe(true);
    expect(refs.certifications.length).toBeGreaterThan(5000);
    expect(refs.romes.length).toBe(609);
  });

  it("writes the same bytes for the same seed, other bytes for another, and valid SIRETs", async () => {
    const a = await feed({ offres: 40, seed: 7, version: "2.3" });
    expect(await feed({ offres: 40, seed: 7, version: "2.3" })).toBe(a);
    expect(await feed({ offres: 40, seed: 8, version: "2.3" })).not.toBe(a);
    const sirets = [...a.matchAll(/<SIRET>(\d+)<\/SIRET>/g)].map((m) => m[1]);
    expect(sirets.length).toBe(40);
    expect(sirets.every(isValidSiret)).toBe(true);
  });

  it("generates feeds the importer takes whole, and a later feed without some offers withdraws exactly those", async () => {
    const full = join(dir, "full.xml");
    writeFileSync(full, await feed({ offres: 300, seed: 3, version: "2.2" }));
    const report = await importLheo(service.models, full, { full: true });
    await service.readModel.refresh();
    expect(report.toJSON()).toMatchObject({ read: 300, created: 300, rejected: 0 });

    const later = join(dir, "later.xml");
    writeFileSync(later, await feed({ offres: 300, seed: 3, version: "2.2", sansMultiplesDe: 7 }));
    const second = await importLheo(service.models, later, { full: true });
    expect(second.toJSON()).toMatchObject({ read: 258, created: 0, updated: 0, unchanged: 258, retirees: 42 });
    const withdrawn = (await allStored<OffreDoc>(service.models.db, OFFRES)).filter((o) => o.retiree);
    const expected = Array.from({ length: 42 }, (_, i) => generatedNumero(3, (i + 1) * 7));
    expect(withdrawn.map((o) => o.id).sort()).toEqual(expected.sort());
  });
});
