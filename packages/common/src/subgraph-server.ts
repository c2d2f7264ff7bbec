import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type BaseContext } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import { formatDatabaseError } from "./database-errors";
import type { Readiness } from "./readiness";
import { requestLogPlugin, type RequestIdContext } from "./request-log";
import type { IncomingRequest } from "./service";
import { subgraphHandler } from "./subgraph-http";

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
  /** What GET /ready reports (the database, the service's own state); always ready when absent. */
  readiness?: () => Promise<Readiness> | Readiness;
}

const READINESS_MEMO_MS = 1_000;

/**
 * Serves a subgraph schema over HTTP (GraphQL, /health, /ready); port 0 picks a free port (tests).
 * A plain node:http server in front of Apollo Server, so that the probes sit beside GraphQL.
 */
export async function startSubgraph<C extends BaseContext>(options: SubgraphOptions<C>): Promise<RunningSubgraph> {
  const apollo = new ApolloServer<C & RequestIdContext>({
    schema: options.schema,
    // Subgraphs sit behind the gateway; they answer its introspection-free _service query.
    introspection: true,
    includeStacktraceInErrorResponses: process.env.NODE_ENV === "development",
    formatError: formatDatabaseError(options.name),
    // No Apollo Studio here: federated traces would only cost time per request. No cache hints
    // either (the gateway sets the public max-age): the cache-control plugin would wrap every
    // field's resolver, 8 % of the time of a page of 20 offers.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), requestLogPlugin(options.name)],
  });
  await apollo.start();
  // One check shared by the probes of the same second: /ready must not become a way to flood the database with pings.
  let last: { at: number; value: Promise<Readiness> } | undefined;
  const readiness = () => {
    if (!last || Date.now() - last.at > READINESS_MEMO_MS) last = { at: Date.now(), value: Promise.resolve(options.readiness?.() ?? { ready: true, reasons: [] }) };
    return last.value;
  };
  const handler = subgraphHandler<C & RequestIdContext>({
    apollo,
    readiness,
    context: async (request) => {
      const header = request.headers["x-request-id"];
      return { ...(await options.context(request)), requestId: typeof header === "string" ? header : undefined };
    },
  });
  const http = createServer((req, res) => {
    handler(req, res).catch((error: unknown) => {
      process.stderr.write(`${JSON.stringify({ level: "error", service: options.name, msg: "request failed", err: error instanceof Error ? error.message : String(error) })}\n`);
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] }));
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(options.port, options.host ?? "127.0.0.1", () => resolve());
  });
  const address = http.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    name: options.name,
    url: `http://${host}:${address.port}/`,
    stop: async () => {
      await new Promise<void>((resolve) => {
        // Requests in flight get a few seconds to finish; then their connections are cut.
        const timer = setTimeout(() => http.closeAllConnections(), 5_000);
        http.close(() => {
          clearTimeout(timer);
          resolve();
        });
        http.closeIdleConnections();
      });
      await apollo.stop();
    },
  };
}
