// What anyone on the internet may send: the gateway refuses abusive operations with an error
// that names the limit, before calling any subgraph, and keeps serving normal traffic.
import { startTinyPlatform, post, type TinyPlatform } from "./fixtures/tiny-platform";

let platform: TinyPlatform;
beforeAll(async () => {
  platform = await startTinyPlatform({ MAX_DEPTH: 6, MAX_ALIASES: 5, MAX_TOKENS: 400, MAX_COST: 5_000, MAX_BODY_BYTES: 4_000 });
});
afterAll(() => platform?.dispose());

const nested = (levels: number) => "{ metier(id: \"MET.1\") { " + "voisins(first: 1) { nodes { ".repeat(levels) + "id" + " } }".repeat(levels) + " } }";

describe("query limits", () => {
  it("refuses a query deeper than MAX_DEPTH", async () => {
    const { status, body } = await post(platform.url, { query: nested(3) });
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({
      message: "The query is 8 levels deep; the limit is 6 (MAX_DEPTH).",
      extensions: { code: "QUERY_TOO_DEEP", setting: "MAX_DEPTH" },
    });
  });

  it("counts depth through fragments", async () => {
    const query = `{ ...A } fragment A on Query { metier(id: "MET.1") { ...B } } fragment B on Metier { voisins { nodes { voisins { nodes { voisins { nodes { id } } } } } } }`;
    const { body } = await post(platform.url, { query });
    expect(body.errors?.[0].extensions).toMatchObject({ code: "QUERY_TOO_DEEP" });
  });

  it("refuses more aliases than MAX_ALIASES", async () => {
    const query = `{ ${Array.from({ length: 6 }, (_, i) => `a${i}: metier(id: "MET.1") { id }`).join(" ")} }`;
    const { status, body } = await post(platform.url, { query });
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ message: "The query uses 6 aliases; the limit is 5 (MAX_ALIASES).", extensions: { code: "TOO_MANY_ALIASES" } });
  });

  it("refuses a document with more tokens than MAX_TOKENS", async () => {
    const query = `{ ${"metier(id: \"MET.1\") { id } ".repeat(60)} }`;
    const { status, body } = await post(platform.url, { query });
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ message: "The query has more than 400 tokens; the limit is 400 (MAX_TOKENS).", extensions: { code: "TOO_MANY_TOKENS" } });
  });

  it("refuses a page larger than 100, given inline or as a variable", async () => {
    const inline = await post(platform.url, { query: "{ metiers(first: 100000) { nodes { id } } }" });
    expect(inline.status).toBe(400);
    expect(inline.body.errors?.[0].extensions).toMatchObject({ code: "PAGE_TOO_LARGE" });
    expect(inline.body.errors?.[0].message).toContain("at most 100");
    const variable = await post(platform.url, { query: "query($n: Int) { metiers(first: $n) { nodes { id } } }", variables: { n: 5000 } });
    expect(variable.body.errors?.[0].extensions).toMatchObject({ code: "PAGE_TOO_LARGE" });
  });

  it("refuses a query whose estimated cost, counting lists by their page size, is above MAX_COST", async () => {
    // metiers + 100 × (nodes + voisins + 100 × (nodes + id + libelle)) = 1 + 100 × (1 + 1 + 100 × 3) = 30,201
    const costly = await post(platform.url, { query: "{ metiers(first: 100) { nodes { voisins(first: 100) { nodes { id libelle } } } } }" });
    expect(costly.status).toBe(400);
    expect(costly.body.errors?.[0]).toMatchObject({ extensions: { code: "QUERY_TOO_COSTLY", setting: "MAX_COST" } });
    expect(costly.body.errors?.[0].message).toMatch(/^The query's estimated cost is 30201; the limit is 5000 \(MAX_COST\)/);
    // the same shape with small pages is served
    const cheap = await post(platform.url, { query: "{ metiers(first: 5) { nodes { voisins(first: 5) { nodes { id } } } } }" });
    expect(cheap.body.errors).toBeUndefined();
    expect((cheap.body.data as { metiers: { nodes: unknown[] } }).metiers.nodes).toHaveLength(5);
  });

  it("refuses a body larger than MAX_BODY_BYTES with 413", async () => {
    const { status, body } = await post(platform.url, { query: `{ metier(id: "MET.1") { id } }`, variables: { padding: "x".repeat(5_000) } });
    expect(status).toBe(413);
    expect(body.errors?.[0]).toMatchObject({ message: "The request body exceeds the limit of 4000 bytes (MAX_BODY_BYTES).", extensions: { code: "REQUEST_TOO_LARGE" } });
  });

  it("refuses with 400, not 500, an operationName that is not in the document", async () => {
    const unknown = await post(platform.url, { query: "query A { __typename } query B { __typename }", operationName: "C" });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.[0]).toMatchObject({ message: 'operationName "C" names no operation of the document (A, B).', extensions: { code: "OPERATION_RESOLUTION_FAILURE" } });
    expect((await post(platform.url, { query: "query A { __typename } query B { __typename }" })).status).toBe(400);
  });

  it("answers a normal query", async () => {
    const { status, body } = await post(platform.url, { query: `{ metier(id: "MET.2") { libelle offres(first: 2) { intitule } } }` });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { metier: { libelle: "métier 2", offres: [{ intitule: "offre 0 pour MET.2" }, { intitule: "offre 1 pour MET.2" }] } } });
  });
});

describe("CSRF prevention", () => {
  it("refuses a simple (form-like) request that a browser would send cross-site without preflight", async () => {
    const response = await fetch(`${platform.url}?query=${encodeURIComponent("{ metier(id: \"MET.1\") { id } }")}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("CSRF");
  });
});

describe("introspection and field suggestions", () => {
  let production: TinyPlatform;
  beforeAll(async () => {
    production = await startTinyPlatform({ INTROSPECTION: false, FIELD_SUGGESTIONS: false });
  });
  afterAll(() => production?.dispose());

  it("refuses introspection and hides suggestions when switched off", async () => {
    const introspection = await post(production.url, { query: "{ __schema { types { name } } }" });
    expect(introspection.body.errors?.[0].message).toContain("introspection");
    const typo = await post(production.url, { query: `{ metier(id: "MET.1") { libele } }` });
    expect(typo.body.errors?.[0].message).toBe('Cannot query field "libele" on type "Metier".');
  });

  it("allows both when switched on", async () => {
    const introspection = await post(platform.url, { query: "{ __schema { queryType { name } } }" });
    expect(introspection.body).toEqual({ data: { __schema: { queryType: { name: "Query" } } } });
    const typo = await post(platform.url, { query: `{ metier(id: "MET.1") { libele } }` });
    expect(typo.body.errors?.[0].message).toContain('Did you mean "libelle"?');
  });
});
