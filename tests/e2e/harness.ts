import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { composeServices } from "@apollo/composition";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema } from "@apollo/subgraph";
import type { DocumentNode } from "graphql";
import { startGateway, type RunningGateway } from "@prisme/gateway";

/** One tiny subgraph of a scenario: its SDL and resolvers, plain @apollo/subgraph. */
export interface ScenarioSubgraph {
  name: string;
  typeDefs: DocumentNode;
  /** Resolvers by type and field, with __resolveReference for entities (the shape buildSubgraphSchema takes). */
  resolvers: Record<string, Record<string, unknown>>;
}

export interface Scenario {
  url: string;
  supergraphSdl: string;
  /** Operations each subgraph received, in order (to see which subgraph answered what). */
  calls: Record<string, string[]>;
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  dispose(): Promise<void>;
}

/**
 * Serves each subgraph on a free port of 127.0.0.1, composes them with @apollo/composition (as
 * `npm run compose` does for the real graph) and puts our gateway in front, over real HTTP.
 */
export async function startScenario(subgraphs: ScenarioSubgraph[]): Promise<Scenario> {
  const calls: Record<string, string[]> = {};
  const servers: ApolloServer<{ name: string }>[] = [];
  const served = [];
  for (const subgraph of subgraphs) {
    calls[subgraph.name] = [];
    const server = new ApolloServer({
      schema: buildSubgraphSchema([{ typeDefs: subgraph.typeDefs, resolvers: subgraph.resolvers as never }]),
      plugins: [
        ApolloServerPluginInlineTraceDisabled(),
        { requestDidStart: async ({ request }) => void calls[subgraph.name].push(request.query ?? "") },
      ],
    });
    const { url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" } });
    servers.push(server as never);
    served.push({ name: subgraph.name, url, typeDefs: subgraph.typeDefs });
  }
  const composed = composeServices(served);
  if (composed.errors) {
    await Promise.all(servers.map((server) => server.stop()));
    throw new Error(`scenario does not compose:\n${composed.errors.map((e) => e.message).join("\n")}`);
  }
  const dir = mkdtempSync(join(tmpdir(), "prisme-e2e-"));
  writeFileSync(join(dir, "supergraph.graphql"), composed.supergraphSdl);
  let gateway: RunningGateway;
  try {
    gateway = await startGateway({ PORT: 0, HOST: "127.0.0.1", SUPERGRAPH_PATH: join(dir, "supergraph.graphql"), SUPERGRAPH_WATCH: false, LOG_LEVEL: "silent", RATE_LIMIT_POINTS: 0, RESPONSE_CACHE_TTL_S: 0 });
  } catch (error) {
    await Promise.all(servers.map((server) => server.stop()));
    throw error;
  }
  return {
    url: gateway.url,
    supergraphSdl: composed.supergraphSdl,
    calls,
    query: async (query, variables) => {
      const response = await fetch(gateway.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
      return (await response.json()) as never;
    },
    dispose: async () => {
      await gateway.stop();
      await Promise.all(servers.map((server) => server.stop()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
