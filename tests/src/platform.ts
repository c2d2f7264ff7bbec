import { join } from "node:path";
import { carifOref } from "@prisme/carif-oref";
import { startGateway, type RunningGateway } from "@prisme/gateway";
import { onisep } from "@prisme/onisep";
import { rectorat } from "@prisme/rectorat";
import { region } from "@prisme/region";
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
  dispose(): Promise<void>;
}

/**
 * The whole graph for a test: the four subgraphs on free ports (each with a throw-away
 * database and the demonstration data) and the gateway calling them over real HTTP.
 */
export async function startTestPlatform(): Promise<TestPlatform> {
  const [onisepService, carifService, rectoratService, regionService] = await Promise.all([
    startTestService(onisep),
    startTestService(carifOref as never) as Promise<TestService<unknown>>,
    startTestService(rectorat as never) as Promise<TestService<unknown>>,
    startTestService(region as never) as Promise<TestService<unknown>>,
  ]);
  const services = { onisep: onisepService, "carif-oref": carifService, rectorat: rectoratService, region: regionService };
  const gateway = await startGateway({
    PORT: 0,
    HOST: "127.0.0.1",
    SUPERGRAPH_PATH: join(__dirname, "..", "..", "schema", "supergraph.graphql"),
    SUBGRAPH_TIMEOUT_MS: 5_000,
    subgraphUrls: Object.fromEntries(Object.entries(services).map(([name, service]) => [name, service.url])),
  });
  return {
    gatewayUrl: gateway.url,
    services,
    gateway,
    dispose: async () => {
      await gateway.stop();
      await Promise.all(Object.values(services).map((service) => service.dispose()));
    },
  };
}
