import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { carifOref } from "@prisme/carif-oref";
import { startGateway, type GatewayOptions, type RunningGateway } from "@prisme/gateway";
import { onisep } from "@prisme/onisep";
import { rectorat } from "@prisme/rectorat";
import { region } from "@prisme/region";
import { compose } from "@prisme/schema";
import { startTestService, type TestService } from "@prisme/testing";

export interface TestPlatform {
  gatewayUrl: string;
  services: {
    onisep: TestService<import("@prisme/onisep").OnisepModels>;
    "carif-oref": TestService<unknown>;
    rectorat: TestService<unknown>;
    region: TestService<unknown>;
  };
  gateway: RunningGateway;
  /** The supergraph file the gateway serves (and watches, when SUPERGRAPH_WATCH is on). */
  supergraphPath: string;
  dispose(): Promise<void>;
}

/**
 * The supergraph composed from the subgraphs' code as it is now (the same composition as
 * `npm run compose`), written to a throw-away folder: tests run on the code, not on a snapshot
 * that a schema change in progress may have left behind.
 */
async function composeToTempFile(): Promise<{ path: string; remove(): void }> {
  const { files } = await compose();
  const dir = mkdtempSync(join(tmpdir(), "prisme-supergraph-"));
  const path = join(dir, "supergraph.graphql");
  writeFileSync(path, files["supergraph.graphql"]);
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The whole graph for a test: the four subgraphs on free ports (each with a throw-away
 * database and the demonstration data) and the gateway calling them over real HTTP. Gateway
 * settings may be overridden; by default tests are not rate limited, responses are not cached
 * and the supergraph file is not watched, so one test cannot change what the next one sees.
 */
export async function startTestPlatform(gatewayOptions: GatewayOptions = {}): Promise<TestPlatform> {
  const supergraph = await composeToTempFile();
  const [onisepService, carifService, rectoratService, regionService] = await Promise.all([
    startTestService(onisep),
    startTestService(carifOref as never) as Promise<TestService<unknown>>,
    startTestService(rectorat as never) as Promise<TestService<unknown>>,
    startTestService(region as never) as Promise<TestService<unknown>>,
  ]);
  const services = { onisep: onisepService, "carif-oref": carifService, rectorat: rectoratService, region: regionService };
  // The subgraphs that take a commune in proximite ask the région subgraph for its centre.
  process.env.PRISME_REGION_URL = regionService.url;
  const gateway = await startGateway({
    PORT: 0,
    HOST: "127.0.0.1",
    SUPERGRAPH_PATH: supergraph.path,
    SUPERGRAPH_WATCH: false,
    SUBGRAPH_TIMEOUT_MS: 5_000,
    RATE_LIMIT_POINTS: 0,
    RESPONSE_CACHE_TTL_S: 0,
    LOG_LEVEL: "warn",
    SHUTDOWN_GRACE_MS: 2_000,
    ...gatewayOptions,
    subgraphUrls: Object.fromEntries(Object.entries(services).map(([name, service]) => [name, service.url])),
  });
  return {
    gatewayUrl: gateway.url,
    services,
    gateway,
    supergraphPath: supergraph.path,
    dispose: async () => {
      await gateway.stop();
      await Promise.all(Object.values(services).map((service) => service.dispose()));
      supergraph.remove();
    },
  };
}
