import type { AddressInfo } from "node:net";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { gatewayConfig, type GatewayConfig } from "./config";
import type { GatewayContext } from "./context";
import { createHttpServer } from "./http/server";
import { createLogger, type Logger } from "./observability/logger";
import { GatewayMetrics } from "./observability/metrics";
import { apolloOptions } from "./apollo-options";
import { SubgraphSource } from "./subgraph-source";
import { readSafelist } from "./protection/safelist";
import { supergraphFromFile } from "./supergraph";
import { trackConnections } from "./http/shutdown";
import { subgraphReadiness, type SubgraphReadiness } from "./subgraph-readiness";

export interface RunningGateway {
  url: string;
  metrics: GatewayMetrics;
  /** Stops taking requests, lets those in flight finish (up to SHUTDOWN_GRACE_MS), then closes. */
  stop(): Promise<void>;
}

export interface GatewayOptions extends Partial<GatewayConfig> {
  /** Subgraph URLs by service name, replacing those written in the supergraph. */
  subgraphUrls?: Record<string, string>;
  logger?: Logger;
}

/** Starts the Apollo gateway over the composed supergraph and serves the unified endpoint. */
export async function startGateway(options: GatewayOptions = {}): Promise<RunningGateway> {
  const config: GatewayConfig = { ...gatewayConfig({ NODE_ENV: process.env.NODE_ENV }), ...stripUndefined(options) };
  const log = options.logger ?? createLogger(config.LOG_LEVEL);
  const metrics = new GatewayMetrics();
  // Where each subgraph of the current supergraph is served, for /ready.
  const subgraphUrls = new Map<string, string>();
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphFromFile({
      path: config.SUPERGRAPH_PATH,
      watch: config.SUPERGRAPH_WATCH,
      log,
      onReload: (outcome) => metrics.supergraphReloads.inc({ outcome }),
    }),
    logger: log,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls?.[name] ?? url;
      if (!target) throw new Error(`gateway: no URL for subgraph ${name}; set SUBGRAPH_URL_${name.toUpperCase().replace(/-/g, "_")}`);
      subgraphUrls.set(name, target);
      return new SubgraphSource(name, target, config.SUBGRAPH_TIMEOUT_MS, (subgraph, seconds, ok) => metrics.recordSubgraphCall(subgraph, seconds, ok));
    },
  });
  const safelist = config.SAFELIST_PATH ? readSafelist(config.SAFELIST_PATH) : undefined;
  const apollo = new ApolloServer<GatewayContext>({ gateway, ...apolloOptions(config, metrics, safelist) });
  await apollo.start();

  let draining = false;
  const http = createHttpServer(config, {
    apollo,
    safelist,
    log,
    metrics,
    draining: () => draining,
    subgraphsNotReady: memoized(() => notReady(subgraphUrls), 1_000),
  });
  // Slow clients (slowloris) may not hold a connection open for long while sending a request.
  http.headersTimeout = 10_000;
  http.requestTimeout = 30_000;
  const connections = trackConnections(http);
  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(config.PORT, config.HOST, () => resolve());
  });
  const address = http.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  let stopping: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}/`,
    metrics,
    stop: () => {
      stopping ??= (async () => {
        draining = true;
        await connections.drain(config.SHUTDOWN_GRACE_MS);
        await apollo.stop();
      })();
      return stopping;
    },
  };
}

/** The subgraphs that are not ready (their own /ready), each with its reasons; empty when all are. */
async function notReady(urls: ReadonlyMap<string, string>): Promise<Record<string, string[]>> {
  const states = await Promise.all([...urls].map(async ([name, url]): Promise<[string, SubgraphReadiness]> => [name, await subgraphReadiness(url)]));
  return Object.fromEntries(states.filter(([, state]) => !state.ready).map(([name, state]) => [name, state.reasons]));
}

/**
 * Shares one readiness check among the probes of the same second: /ready is reachable by anyone,
 * and must not turn into a way to send subgraphs as many requests as it receives.
 */
function memoized<T>(compute: () => Promise<T>, ms: number): () => Promise<T> {
  let last: { at: number; value: Promise<T> } | undefined;
  return () => {
    if (!last || Date.now() - last.at > ms) last = { at: Date.now(), value: compute() };
    return last.value;
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
