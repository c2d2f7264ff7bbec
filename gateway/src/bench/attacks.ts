/** The abusive requests the bench sends while normal traffic flows, each with the refusal it expects. */
export interface Attack {
  name: string;
  body: string;
  expected: string;
}

const depthBomb = () => {
  const levels = 300;
  return `{ metier(id: "MET.1") { ${"voisins { nodes { ".repeat(levels)}id${" } }".repeat(levels)} } }`;
};

const aliasFlood = () => `{ ${Array.from({ length: 1_500 }, (_, i) => `a${i}: __typename`).join(" ")} }`;

/** The four attacks of the acceptance criteria (and a fifth: a 100,000-element variable). */
export function attacks(): Attack[] {
  return [
    { name: "depth bomb (300 levels)", body: JSON.stringify({ query: depthBomb() }), expected: "QUERY_TOO_DEEP" },
    { name: "alias flood (1,500 aliases)", body: JSON.stringify({ query: aliasFlood() }), expected: "TOO_MANY_ALIASES" },
    { name: "5 MB query", body: JSON.stringify({ query: `{ ${"metiers { totalCount } ".repeat(220_000)} }` }), expected: "REQUEST_TOO_LARGE" },
    { name: "100,000-element list (first: 100000)", body: JSON.stringify({ query: "{ metiers(first: 100000) { nodes { id libelle } } }" }), expected: "PAGE_TOO_LARGE" },
    {
      name: "100,000-element list variable",
      body: JSON.stringify({ query: "query($ids: [ID!]) { metiers { totalCount } }", variables: { ids: Array.from({ length: 100_000 }, (_, i) => `MET.${i}`) } }),
      expected: "REQUEST_TOO_LARGE",
    },
  ];
}

/** One malformed HTTP request of the fuzz run (loopback only). */
export interface MalformedRequest {
  kind: string;
  method: "GET" | "POST";
  /** Path and query string. */
  path: string;
  headers: Record<string, string>;
  body?: Buffer | string;
}

/** A small deterministic generator (mulberry32): the same seed gives the same run. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const word = (length = 3 + int(10)) => Array.from({ length }, () => "abcdefghijklmnopqrstuvwxyzàéè_".charAt(int(30))).join("");
  const bytes = (length: number) => Buffer.from(Array.from({ length }, () => int(256)));
  return { int, word, bytes, pick: <T>(items: T[]) => items[int(items.length)] };
}

const JSON_HEADERS = { "content-type": "application/json" };

/**
 * Garbage of every kind a public endpoint receives, each request different from the last (so
 * that no cache can hold them all): broken JSON, random bytes, GraphQL syntax errors, unknown
 * fields, deep and wide queries, huge or wrong variables, bad methods and content types, unknown
 * persisted-query hashes, batches, oversized bodies.
 */
export function* malformedRequests(count: number, seed = 1): Generator<MalformedRequest> {
  const r = random(seed);
  const post = (kind: string, body: Buffer | string, headers: Record<string, string> = JSON_HEADERS): MalformedRequest => ({ kind, method: "POST", path: "/", headers, body });
  const kinds: (() => MalformedRequest)[] = [
    () => post("broken JSON", `{"query": "{ metier(id: \\"${r.word()}\\") { libelle }`),
    () => post("random bytes", r.bytes(1 + r.int(4_000))),
    () => post("invalid UTF-8 in JSON", Buffer.concat([Buffer.from('{"query":"{ metiers { totalCount } }","x":"'), r.bytes(50), Buffer.from('"}')])),
    () => post("JSON that is not an object", r.pick([`[${r.int(1e6)}]`, `${r.int(1e9)}`, `"${r.word()}"`, "null", "true"])),
    () => post("query not a string", JSON.stringify({ query: r.pick([r.int(1e6), [r.word()], { q: r.word() }, null]) })),
    () => post("GraphQL syntax error", JSON.stringify({ query: `{ ${r.word()} ( ${r.word()}: } ${"{".repeat(r.int(5))}` })),
    () => post("unknown field", JSON.stringify({ query: `{ ${r.word()} { ${r.word()} ${r.word()} } }` })),
    () => post("unknown argument", JSON.stringify({ query: `{ metier(${r.word()}: "${r.word()}") { libelle } }` })),
    () => post("too deep", JSON.stringify({ query: `{ metier(id: "MET.${r.int(2000)}") { ${"voisins { nodes { ".repeat(20 + r.int(30))}id${" } }".repeat(20 + r.int(30))} } }` })),
    () => post("too many aliases", JSON.stringify({ query: `{ ${Array.from({ length: 40 + r.int(200) }, (_, i) => `${r.word(4)}${i}: __typename`).join(" ")} }` })),
    () => post("page too large", JSON.stringify({ query: `{ metiers(first: ${101 + r.int(1e6)}) { nodes { id } } }` })),
    () => post("wrong variable type", JSON.stringify({ query: "query($id: ID!) { metier(id: $id) { libelle } }", variables: { id: { [r.word()]: r.bytes(20).toString("base64") } } })),
    () => post("huge variables", JSON.stringify({ query: "{ __typename }", variables: { list: Array.from({ length: 2_000 + r.int(6_000) }, () => r.word(8)) } })),
    () => post("unknown persisted query", JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: r.bytes(32).toString("hex") } } })),
    () => post("persisted query with a wrong hash", JSON.stringify({ query: `{ ${r.word()} }`, extensions: { persistedQuery: { version: 1, sha256Hash: r.bytes(32).toString("hex") } } })),
    () => post("batch", JSON.stringify(Array.from({ length: 2 + r.int(20) }, () => ({ query: `{ ${r.word()} }` })))),
    () => post("operation name not in the document", JSON.stringify({ query: `query A { __typename } query B { __typename }`, operationName: r.word() })),
    () => post("text/plain (CSRF)", JSON.stringify({ query: "{ __typename }" }), { "content-type": "text/plain" }),
    () => post("no content type", `query=${r.word()}`, {}),
    () => post("body over the limit", Buffer.alloc(100_001 + r.int(200_000), 0x61)),
    () => ({ kind: "GET with garbage", method: "GET", path: `/?query=${encodeURIComponent(`{ ${r.word()} ${"(".repeat(r.int(4))}`)}&variables=${encodeURIComponent(r.word())}`, headers: { "apollo-require-preflight": "true" } }),
    () => ({ kind: "GET mutation", method: "GET", path: `/?query=${encodeURIComponent(`mutation { ${r.word()} }`)}`, headers: { "apollo-require-preflight": "true" } }),
    () => ({ kind: "unknown path", method: "GET", path: `/${r.word()}/${r.word()}`, headers: {} }),
    () => post("long header value", JSON.stringify({ query: "{ __typename }" }), { ...JSON_HEADERS, "x-request-id": r.word(200), "x-junk": r.word(4_000) }),
  ];
  for (let i = 0; i < count; i += 1) yield kinds[i % kinds.length]();
}
