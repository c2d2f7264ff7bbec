// The gateway is ready when every subgraph is: a Prisme subgraph says so on its own /ready (its
// database, its read models), a partner's subgraph without /ready by answering { __typename }.
import { startSubgraph, type RunningSubgraph } from "@prisme/common";
import { startGateway, type RunningGateway } from "./gateway";
import { composeTinyGraph, offresSchema, startTinySubgraphs, supergraphFile, type TinySubgraph } from "./fixtures/tiny-graph";

let loaded = false;
let catalog: TinySubgraph;
let unused: TinySubgraph;
let offres: RunningSubgraph;
let gateway: RunningGateway;
let supergraph: ReturnType<typeof supergraphFile>;

beforeAll(async () => {
  ({ catalog, offres: unused } = await startTinySubgraphs());
  offres = await startSubgraph({
    name: "offres",
    schema: offresSchema(),
    port: 0,
    context: () => ({}),
    readiness: () => (loaded ? { ready: true, reasons: [] } : { ready: false, reasons: ["read model offres: loading (120 of 5000 records)"] }),
  });
  supergraph = supergraphFile(composeTinyGraph({ catalog: catalog.url, offres: offres.url }));
  gateway = await startGateway({ PORT: 0, HOST: "127.0.0.1", SUPERGRAPH_PATH: supergraph.path, SUPERGRAPH_WATCH: false, LOG_LEVEL: "silent", RATE_LIMIT_POINTS: 0 });
});
afterAll(async () => {
  await gateway?.stop();
  await Promise.all([catalog?.stop(), unused?.stop(), offres?.stop()]);
  supergraph?.remove();
});

const ready = async () => {
  const response = await fetch(new URL("/ready", gateway.url));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("gateway /ready", () => {
  it("names the subgraph that is not ready and gives its own reasons, then turns ready with it", async () => {
    expect(await ready()).toEqual({
      status: 503,
      body: { status: "unavailable", reasons: ["subgraph offres is not ready"], subgraphs: { offres: ["read model offres: loading (120 of 5000 records)"] } },
    });
    loaded = true;
    await sleep(1_100); // both the gateway and the subgraph share one check per second among probes
    expect(await ready()).toEqual({ status: 200, body: { status: "ready" } });
  });

  it("says a subgraph is unreachable when it stops", async () => {
    await offres.stop();
    await sleep(1_100);
    const answer = await ready();
    expect(answer.status).toBe(503);
    expect(answer.body.subgraphs).toEqual({ offres: ["unreachable: ECONNREFUSED"] });
  });
});
