// Hot reload: a new composition written to the supergraph file is served once every subgraph
// passes a health check; a broken one, or one whose subgraphs do not answer, never replaces the
// composition being served. And a stopping gateway finishes the requests it has.
import { composeTinyGraph } from "./fixtures/tiny-graph";
import { startTinyPlatform, post, type TinyPlatform } from "./fixtures/tiny-platform";

let platform: TinyPlatform;
beforeAll(async () => {
  platform = await startTinyPlatform({ SUPERGRAPH_WATCH: true });
});
afterAll(() => platform?.dispose());

const CODE_QUERY = { query: `{ metier(id: "MET.5") { code } }` };

/** Polls until `check` holds (a bounded wait for the file watcher, not a timing assertion). */
async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`still not true after 10 s: ${what}`);
}

const reloads = async (outcome: "loaded" | "refused") =>
  (await platform.gateway.metrics.supergraphReloads.get()).values.find((v) => v.labels.outcome === outcome)?.value ?? 0;

describe("supergraph hot reload", () => {
  it("refuses a broken composition and keeps serving", async () => {
    platform.supergraph.write("this is not a supergraph");
    await eventually(async () => (await reloads("refused")) >= 1, "the broken supergraph is refused");
    const { body } = await post(platform.url, { query: `{ metier(id: "MET.5") { libelle } }` });
    expect(body).toEqual({ data: { metier: { libelle: "métier 5" } } });
  });

  it("refuses a composition whose subgraphs do not all answer", async () => {
    const before = await reloads("refused");
    platform.supergraph.write(composeTinyGraph({ catalog: platform.subgraphs.catalog.url, offres: "http://127.0.0.1:9/" }, true));
    await eventually(async () => (await reloads("refused")) > before, "the unhealthy supergraph is refused");
    const { body } = await post(platform.url, CODE_QUERY);
    expect(body.errors?.[0].message).toBe('Cannot query field "code" on type "Metier".');
  });

  it("serves a new composition once its subgraphs answer", async () => {
    platform.supergraph.write(composeTinyGraph({ catalog: platform.subgraphs.catalog.url, offres: platform.subgraphs.offres.url }, true));
    await eventually(async () => (await post(platform.url, CODE_QUERY)).body.data !== undefined, "the new field is served");
    expect((await post(platform.url, CODE_QUERY)).body).toEqual({ data: { metier: { code: "M5" } } });
    expect(await reloads("loaded")).toBe(1);
  });
});

describe("graceful shutdown", () => {
  it("finishes a request in flight, then refuses new connections", async () => {
    const inFlight = post(platform.url, { query: "{ slow(ms: 700) }" });
    await new Promise((resolve) => setTimeout(resolve, 150));
    const stopped = platform.gateway.stop();
    expect((await inFlight).body).toEqual({ data: { slow: 700 } });
    await stopped;
    await expect(fetch(new URL("/health", platform.url))).rejects.toThrow();
  });
});
