// Persisted queries: automatic (a client sends the hash, then the text once if unknown) and the
// safelist mode, where only the operations registered by known clients in a manifest run.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sha256 } from "./protection/safelist";
import { startTinyPlatform, post, type TinyPlatform } from "./fixtures/tiny-platform";

const QUERY = `query Libelle { metier(id: "MET.7") { libelle } }`;
const persisted = (query: string) => ({ persistedQuery: { version: 1, sha256Hash: sha256(query) } });

describe("automatic persisted queries", () => {
  let platform: TinyPlatform;
  beforeAll(async () => {
    platform = await startTinyPlatform();
  });
  afterAll(() => platform?.dispose());

  it("asks for the text of an unknown hash, then serves the hash alone", async () => {
    const unknown = await post(platform.url, { extensions: persisted(QUERY) });
    expect(unknown.body.errors?.[0].extensions).toMatchObject({ code: "PERSISTED_QUERY_NOT_FOUND" });
    const registered = await post(platform.url, { query: QUERY, extensions: persisted(QUERY) });
    expect(registered.body).toEqual({ data: { metier: { libelle: "métier 7" } } });
    const byHash = await post(platform.url, { extensions: persisted(QUERY) });
    expect(byHash.body).toEqual({ data: { metier: { libelle: "métier 7" } } });
  });
});

describe("safelist mode", () => {
  let platform: TinyPlatform;
  let dir: string;
  beforeAll(async () => {
    const manifest = { format: "apollo-persisted-query-manifest", version: 1, operations: [{ id: sha256(QUERY), name: "Libelle", type: "query", body: QUERY }] };
    dir = mkdtempSync(join(tmpdir(), "prisme-safelist-"));
    const path = join(dir, "manifest.json");
    writeFileSync(path, JSON.stringify(manifest));
    platform = await startTinyPlatform({ SAFELIST_PATH: path });
  });
  afterAll(async () => {
    await platform?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it("runs a registered operation, by hash or in full", async () => {
    expect((await post(platform.url, { extensions: persisted(QUERY) })).body).toEqual({ data: { metier: { libelle: "métier 7" } } });
    expect((await post(platform.url, { query: QUERY })).body).toEqual({ data: { metier: { libelle: "métier 7" } } });
  });

  it("refuses any other operation, and does not let a client register one", async () => {
    const other = `{ metier(id: "MET.7") { id } }`;
    const refused = await post(platform.url, { query: other, extensions: persisted(other) });
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]).toMatchObject({ extensions: { code: "OPERATION_NOT_IN_SAFELIST", setting: "SAFELIST_PATH" } });
    const byHash = await post(platform.url, { extensions: persisted(other) });
    expect(byHash.body.errors?.[0].extensions).toMatchObject({ code: "OPERATION_NOT_IN_SAFELIST" });
    // the refused text was not registered by the first attempt
    expect((await post(platform.url, { extensions: persisted(other) })).status).toBe(400);
  });
});
