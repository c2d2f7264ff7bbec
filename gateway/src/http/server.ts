import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { ApolloServer } from "@apollo/server";
import type { Logger } from "pino";
import type { GatewayContext } from "../context";
import type { GatewayMetrics } from "../observability/metrics";
import type { Safelist } from "../protection/safelist";
import { applyCors } from "./cors";
import { handleGraphQL } from "./graphql-handler";
import { createRateLimiter, type RateLimitSettings } from "./rate-limit";
import { sendGraphQLError, sendJson } from "./respond";

export interface HttpSettings extends RateLimitSettings {
  CORS_ORIGINS: string[];
  MAX_BODY_BYTES: number;
}

export interface HttpDependencies {
  apollo: ApolloServer<GatewayContext>;
  /** In safelist mode, the registered operations. */
  safelist?: Safelist;
  log: Logger;
  metrics: GatewayMetrics;
  /** Resolves to the subgraphs that are not ready, each with its reasons (empty when all are). */
  subgraphsNotReady: () => Promise<Record<string, string[]>>;
  /** True once shutdown began: /ready says so, so a load balancer stops sending traffic. */
  draining: () => boolean;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const GRAPHQL_PATHS = new Set(["/", "/graphql"]);

/** A well-formed x-request-id from the client (kept, so logs join up across systems), or a new one. */
function requestIdOf(req: IncomingMessage): string {
  const given = req.headers["x-request-id"];
  return typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * The gateway's HTTP server: CORS, request ids, per-client rate limiting and a body size limit in
 * front of Apollo Server, plus /health (the process is up), /ready (every subgraph is ready) and
 * /metrics (Prometheus).
 */
export function createHttpServer(settings: HttpSettings, deps: HttpDependencies): Server {
  const rateLimit = createRateLimiter(settings);
  const route = async (req: IncomingMessage, res: ServerResponse, requestId: string, log: Logger): Promise<string> => {
    const path = (req.url ?? "/").split("?")[0];
    if (applyCors(req, res, settings.CORS_ORIGINS)) return "preflight";
    if (path === "/health") {
      sendJson(res, 200, { status: "ok" });
      return "health";
    }
    if (path === "/ready") {
      if (deps.draining()) {
        sendJson(res, 503, { status: "unavailable", reasons: ["the gateway is shutting down"] });
        return "ready";
      }
      const notReady = await deps.subgraphsNotReady();
      const names = Object.keys(notReady);
      sendJson(res, names.length ? 503 : 200, names.length ? { status: "unavailable", reasons: names.map((name) => `subgraph ${name} is not ready`), subgraphs: notReady } : { status: "ready" });
      return "ready";
    }
    if (path === "/metrics") {
      const text = await deps.metrics.registry.metrics();
      res.writeHead(200, { "content-type": deps.metrics.registry.contentType }).end(text);
      return "metrics";
    }
    if (!GRAPHQL_PATHS.has(path)) {
      sendJson(res, 404, { errors: [{ message: `No such path: ${path}. The GraphQL endpoint is /.`, extensions: { code: "NOT_FOUND" } }] });
      return "not-found";
    }
    const wait = await rateLimit(req);
    if (wait > 0) {
      sendGraphQLError(res, 429, `Too many requests from this client; retry in ${wait} s (RATE_LIMIT_POINTS per RATE_LIMIT_WINDOW_S).`, { code: "RATE_LIMITED", retryAfterSeconds: wait }, { "retry-after": String(wait) });
      return "graphql";
    }
    const authorization = typeof req.headers.authorization === "string" ? req.headers.authorization : undefined;
    await handleGraphQL(deps.apollo, req, res, { requestId, authorization, log }, { maxBodyBytes: settings.MAX_BODY_BYTES, safelist: deps.safelist });
    return "graphql";
  };

  return createServer((req, res) => {
    const started = process.hrtime.bigint();
    const requestId = requestIdOf(req);
    const log = deps.log.child({ requestId });
    res.setHeader("x-request-id", requestId);
    route(req, res, requestId, log).then(
      (name) => {
        deps.metrics.httpRequests.inc({ route: name, status: String(res.statusCode) });
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        if (name === "graphql" || res.statusCode >= 400) log.info({ method: req.method, path: req.url?.split("?")[0], status: res.statusCode, ms: Math.round(ms * 10) / 10 }, "request");
      },
      (error: unknown) => {
        log.error({ err: error instanceof Error ? error.message : String(error) }, "request failed");
        deps.metrics.httpRequests.inc({ route: "error", status: "500" });
        if (!res.headersSent) sendGraphQLError(res, 500, "Internal server error", { code: "INTERNAL_SERVER_ERROR" });
        else res.end();
      },
    );
  });
}
