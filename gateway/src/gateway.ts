import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { startStandaloneServer } from "@apollo/server/standalone";
import type { GatewayConfig } from "./config";
import { SubgraphSource } from "./subgraph-source";
import { readSupergraph } from "./supergraph";

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

export interface GatewayOptions extends GatewayConfig {
  /** Subgraph URLs by service name, replacing those written in the supergraph. */
  subgraphUrls?: Record<string, string>;
}

/** Starts the Apollo gateway over the composed supergraph and serves the unified endpoint. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const gateway = new ApolloGateway({
    supergraphSdl: readSupergraph(options.SUPERGRAPH_PATH),
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls?.[name] ?? url;
      if (!target) throw new Error(`gateway: no URL for subgraph ${name}; set SUBGRAPH_URL_${name.toUpperCase().replace(/-/g, "_")}`);
      return new SubgraphSource(name, target, options.SUBGRAPH_TIMEOUT_MS);
    },
  });
  const server = new ApolloServer({
    gateway,
    introspection: true,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, { listen: { port: options.PORT, host: options.HOST } });
  return { url, stop: () => server.stop() };
}
