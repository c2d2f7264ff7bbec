// What the people running the gateway rely on: health and readiness probes, Prometheus metrics,
// request ids that join the gateway's logs to the subgraphs', and only the headers that must
// reach subgraphs being forwarded.
import { startTinyPlatform, post, type TinyPlatform } from "./fixtures/tiny-platform";

let platform: TinyPlatform;
beforeAll(async () => {
  platform = await startTinyPlatform({ CORS_ORIGINS: ["https://prisme.example.fr"] });
});
afterAll(() => platform?.dispose());

const get = (path: string, headers: Record<string, string> = {}) => fetch(new URL(path, platform.url), { headers });

describe("probes", () => {
  it("/health answers while the process is up, /ready only while every subgraph answers", async () => {
    const health = await get("/health");
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await get("/ready");
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });
});

describe("request ids and forwarded headers", () => {
  it("keeps a well-formed x-request-id, returns it, and forwards it with Authorization, and nothing else", async () => {
    const { headers, body } = await post(
      platform.url,
      { query: "{ receivedHeaders }" },
      { "x-request-id": "abc-123", authorization: "Bearer t0k3n", cookie: "session=secret", "x-forwarded-for": "10.1.2.3", "x-custom": "nope" },
    );
    expect(headers.get("x-request-id")).toBe("abc-123");
    const received = (body.data as { receivedHeaders: string[] }).receivedHeaders;
    expect(received).toEqual(expect.arrayContaining(["x-request-id: abc-123", "authorization: Bearer t0k3n"]));
    const names = received.map((line) => line.split(":")[0]);
    expect(names).not.toEqual(expect.arrayContaining(["cookie"]));
    expect(names).not.toContain("x-forwarded-for");
    expect(names).not.toContain("x-custom");
  });

  it("generates a request id when none (or a malformed one) is given", async () => {
    const { headers, body } = await post(platform.url, { query: "{ receivedHeaders }" }, { "x-request-id": "bad id with spaces" });
    const id = headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect((body.data as { receivedHeaders: string[] }).receivedHeaders).toContain(`x-request-id: ${id}`);
  });
});

describe("metrics", () => {
  it("counts operations, errors and subgraph calls, by operation and by subgraph", async () => {
    await post(platform.url, { query: `query MetierPage { metier(id: "MET.3") { libelle offres { id } } }` });
    await post(platform.url, { query: `query Broken { metier(id: "MET.3") { nope } }` });
    const response = await get("/metrics");
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    expect(text).toMatch(/gateway_operations_total\{operation="MetierPage",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/gateway_operation_errors_total\{operation="Broken",code="GRAPHQL_VALIDATION_FAILED"\} [1-9]/);
    expect(text).toMatch(/gateway_subgraph_requests_total\{subgraph="offres",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/gateway_subgraph_duration_seconds_count\{subgraph="catalog"\} [1-9]/);
    expect(text).toMatch(/gateway_operation_duration_seconds_bucket\{le="0.1",operation="MetierPage"\}/);
  });
});

describe("CORS", () => {
  it("answers the preflight of a configured origin, and gives nothing to another origin", async () => {
    const allowed = await fetch(platform.url, { method: "OPTIONS", headers: { origin: "https://prisme.example.fr", "access-control-request-method": "POST" } });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://prisme.example.fr");
    expect(allowed.headers.get("access-control-allow-headers")).toContain("content-type");
    const other = await fetch(platform.url, { method: "OPTIONS", headers: { origin: "https://evil.example", "access-control-request-method": "POST" } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("unknown paths", () => {
  it("answer 404 with the endpoint's path", async () => {
    const response = await get("/nope");
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ errors: [{ message: "No such path: /nope. The GraphQL endpoint is /.", extensions: { code: "NOT_FOUND" } }] });
  });
});

describe("when a subgraph stops", () => {
  it("answers with partial data naming the missing service, and /ready says which one is down", async () => {
    await platform.subgraphs.offres.stop();
    const { status, body } = await post(platform.url, { query: `{ metier(id: "MET.4") { libelle offres { id } } }` });
    expect(status).toBe(200);
    expect(body.data).toEqual({ metier: { libelle: "métier 4", offres: null } });
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: "offres" } });
    const partial = await post(platform.url, { query: `{ metier(id: "MET.4") { libelle } a: metiers(first: 1) { totalCount } }` });
    expect(partial.body).toEqual({ data: { metier: { libelle: "métier 4" }, a: { totalCount: 300 } } });
    // readiness is checked at most once a second (probes are public): poll, bounded
    let ready = await get("/ready");
    for (let i = 0; i < 30 && ready.status === 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      ready = await get("/ready");
    }
    expect(ready.status).toBe(503);
    expect(JSON.stringify(await ready.json())).toContain("offres");
  });
});
