// The GraphQL-over-HTTP conformance audits of the graphql-http package, run against our gateway
// over real HTTP. Every MUST passes; the SHOULDs we do not meet are listed (with their reason) in
// KNOWN_SHOULD_FAILURES, and the test fails if that list goes stale either way.
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { startStandaloneServer } from "@apollo/server/standalone";
import { composeServices } from "@apollo/composition";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import gql from "graphql-tag";
import { serverAudits } from "graphql-http";
import { startGateway, type RunningGateway } from "@prisme/gateway";

const typeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query {
    hello: String!
  }
`;

/**
 * Apollo's CSRF prevention (on, as it must be) refuses GET requests that a browser could send
 * cross-site without a preflight. The audits play a non-browser client, which says so with the
 * apollo-require-preflight header, as our documentation asks such clients to do.
 */
const nonBrowserFetch = (input: string | URL | Request, init: RequestInit = {}) => {
  const headers = new Headers(init.headers);
  headers.set("apollo-require-preflight", "true");
  return fetch(input, { ...init, headers });
};

/** SHOULDs the gateway does not meet, by audit id, with the reason (also in gateway/README.md). */
const APOLLO_400 =
  "Apollo Server answers 400 to a request it cannot execute (parse, validation and variable errors), " +
  "whatever the accept header; the spec's 200 for application/json is for legacy clients, and our own " +
  "limits (depth, aliases, cost) also answer 400 so that caches and monitoring see refused requests.";
const KNOWN_SHOULD_FAILURES: Record<string, string> = {
  "572B": APOLLO_400, // SHOULD use 200 status code on document parsing failure when accepting application/json
  FDE2: APOLLO_400, // SHOULD use 200 status code on document validation failure when accepting application/json
  "7B9B": APOLLO_400, // SHOULD use a status code of 200 on variable coercion failure when accepting application/json
};

let subgraph: ApolloServer;
let gateway: RunningGateway;
let dir: string;
beforeAll(async () => {
  subgraph = new ApolloServer({ schema: buildSubgraphSchema([{ typeDefs, resolvers: { Query: { hello: () => "bonjour" } } }]), plugins: [ApolloServerPluginInlineTraceDisabled()] });
  const { url } = await startStandaloneServer(subgraph, { listen: { port: 0, host: "127.0.0.1" } });
  const composed = composeServices([{ name: "hello", url, typeDefs }]);
  if (composed.errors) throw composed.errors[0];
  dir = mkdtempSync(join(tmpdir(), "prisme-conformance-"));
  writeFileSync(join(dir, "supergraph.graphql"), composed.supergraphSdl);
  gateway = await startGateway({
    PORT: 0,
    HOST: "127.0.0.1",
    SUPERGRAPH_PATH: join(dir, "supergraph.graphql"),
    SUPERGRAPH_WATCH: false,
    LOG_LEVEL: "silent",
    RATE_LIMIT_POINTS: 0,
  });
});
afterAll(async () => {
  await gateway?.stop();
  await subgraph?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("GraphQL over HTTP (graphql-http serverAudits)", () => {
  const audits = serverAudits({ url: () => gateway.url, fetchFn: nonBrowserFetch });

  for (const audit of audits) {
    const level = audit.name.startsWith("MUST") ? "MUST" : audit.name.startsWith("SHOULD") ? "SHOULD" : "MAY";
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      if (result.status === "ok") {
        expect(KNOWN_SHOULD_FAILURES[audit.id]).toBeUndefined();
        return;
      }
      if (level === "MUST") throw new Error(`${audit.name}: ${result.reason}`);
      expect({ id: audit.id, name: audit.name, known: Boolean(KNOWN_SHOULD_FAILURES[audit.id]) }).toEqual({ id: audit.id, name: audit.name, known: true });
    });
  }
});
