// Sharing the gateway fairly and cheaply: a per-client request budget, and a response cache that
// serves public data to anonymous callers but never keeps an answer given to a user's credentials.
import { startTinyPlatform, post, type TinyPlatform } from "./fixtures/tiny-platform";

describe("rate limiting", () => {
  let platform: TinyPlatform;
  beforeAll(async () => {
    platform = await startTinyPlatform({ RATE_LIMIT_POINTS: 3, RATE_LIMIT_WINDOW_S: 60 });
  });
  afterAll(() => platform?.dispose());

  it("answers 429 with Retry-After once a client used its budget, and keeps probes open", async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await post(platform.url, { query: "{ metiers(first: 1) { totalCount } }" })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await post(platform.url, { query: "{ metiers(first: 1) { totalCount } }" });
    expect(limited.body.errors?.[0]).toMatchObject({ extensions: { code: "RATE_LIMITED" } });
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await fetch(new URL("/health", platform.url))).status).toBe(200);
  });
});

describe("caching", () => {
  let platform: TinyPlatform;
  beforeAll(async () => {
    platform = await startTinyPlatform({ RESPONSE_CACHE_TTL_S: 30 });
  });
  afterAll(() => platform?.dispose());

  it("marks anonymous queries public and serves a repeat from the cache", async () => {
    const query = { query: `{ metier(id: "MET.9") { libelle } }` };
    const first = await post(platform.url, query);
    expect(first.headers.get("cache-control")).toBe("max-age=30, public");
    expect(first.headers.get("age")).toBeNull();
    const second = await post(platform.url, query);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get("age")).not.toBeNull();
  });

  it("never caches nor marks public a request that carries credentials", async () => {
    const query = { query: `{ receivedHeaders }` };
    const first = await post(platform.url, query, { authorization: "Bearer alice" });
    const second = await post(platform.url, query, { authorization: "Bearer bob" });
    expect(first.headers.get("cache-control")).not.toContain("public");
    expect(second.headers.get("age")).toBeNull();
    expect((second.body.data as { receivedHeaders: string[] }).receivedHeaders).toContain("authorization: Bearer bob");
  });
});
