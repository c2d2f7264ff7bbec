import { ApolloServer, type BaseContext } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { startStandaloneServer } from "@apollo/server/standalone";
import type { GraphQLSchema } from "graphql";
import { requestLogPlugin, type RequestIdContext } from "./request-log";
import type { IncomingRequest } from "./service";

export interface RunningSubgraph {
  name: string;
  url: string;
  stop(): Promise<void>;
}

export interface SubgraphOptions<C extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  /** Builds the per-request context (DataLoaders are created here, never per module). */
  context: (request: IncomingRequest) => Promise<C> | C;
  port: number;
  host?: string;
}

/** Serves a subgraph schema over HTTP; port 0 picks a free port (tests). */
export async function startSubgraph<C extends BaseContext>(options: SubgraphOptions<C>): Promise<RunningSubgraph> {
  const server = new ApolloServer<C & RequestIdContext>({
    schema: options.schema,
    // Subgraphs sit behind the gateway; they answer its introspection-free _service query.
    introspection: true,
    includeStacktraceInErrorResponses: process.env.NODE_ENV === "development",
    // No Apollo Studio here: federated traces would only cost time per request.
    plugins: [ApolloServerPluginInlineTraceDisabled(), requestLogPlugin(options.name)],
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: options.port, host: options.host ?? "127.0.0.1" },
    context: async ({ req }) => {
      const header = req.headers["x-request-id"];
      return { ...(await options.context({ headers: req.headers })), requestId: typeof header === "string" ? header : undefined };
    },
  });
  return { name: options.name, url, stop: () => server.stop() };
}
