#!/usr/bin/env node
// `npm run bench -w @prisme/gateway`: load and fault bench of the gateway, on 127.0.0.1 only,
// bounded in count (MAX_REQUESTS) and time (a few seconds per phase). The gateway runs as its own
// process (production settings) over its tiny two-subgraph graph; the bench prints, while normal
// traffic flows:
//   1. abusive requests (depth bomb, alias flood, 5 MB query, 100,000-element lists): refused, how fast;
//   2. a new supergraph written under load: picked up, with how many failed requests;
//   3. a subgraph killed under load: the gateway still answers, with partial data.
import { composeTinyGraph, startTinySubgraphs, supergraphFile } from "../fixtures/tiny-graph";
import { attacks } from "./attacks";
import { spawnGateway } from "./gateway-process";
import { send, startTraffic, stats, type Outcome } from "./traffic";

const WORKERS = 4;
const MAX_REQUESTS = 60_000;
const ROUNDS = 20;
const NORMAL = JSON.stringify({ query: `query Normal { metier(id: "MET.42") { libelle offres(first: 2) { intitule } } metiers(first: 5) { totalCount } }` });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function summary(outcomes: Outcome[]) {
  const failed = outcomes.filter((o) => !o.ok && !o.partial).length;
  const partial = outcomes.filter((o) => o.partial).length;
  const { p50, max } = stats(outcomes.map((o) => o.ms));
  return `${outcomes.length} requests, ${outcomes.length - failed - partial} complete, ${partial} partial, ${failed} failed; latency p50 ${p50.toFixed(1)} ms, max ${max.toFixed(1)} ms`;
}

async function main() {
  const subgraphs = await startTinySubgraphs();
  const urls = { catalog: subgraphs.catalog.url, offres: subgraphs.offres.url };
  const file = supergraphFile(composeTinyGraph(urls));
  const gateway = await spawnGateway({
    NODE_ENV: "production",
    PORT: "0",
    HOST: "127.0.0.1",
    SUPERGRAPH_PATH: file.path,
    SUPERGRAPH_WATCH: "true",
    LOG_LEVEL: "silent",
    RATE_LIMIT_POINTS: "0", // every bench client shares 127.0.0.1: a per-client limit would stop the bench itself
    RESPONSE_CACHE_TTL_S: "0", // measure the gateway's work, not its cache
    SUBGRAPH_TIMEOUT_MS: "2000",
  });
  const url = gateway.url;
  console.log(`gateway ${url}, ${WORKERS} clients of normal traffic, at most ${MAX_REQUESTS} requests\n`);
  const traffic = startTraffic(url, () => NORMAL, WORKERS, MAX_REQUESTS);
  try {
    await sleep(1_000);
    const warm = performance.now();
    await sleep(2_000);
    console.log(`baseline            ${summary(traffic.between(warm, performance.now()))}`);

    console.log("\n1. abusive requests, each sent", ROUNDS, "times under load");
    const attackStart = performance.now();
    for (const attack of attacks()) {
      const results: Outcome[] = [];
      for (let i = 0; i < ROUNDS; i++) results.push(await send(url, attack.body));
      const refused = results.filter((r) => r.status >= 400 && r.code === attack.expected).length;
      const { p50, max } = stats(results.map((r) => r.ms));
      const fast = results.filter((r) => r.ms < 100).length;
      const size = (Buffer.byteLength(attack.body) / 1024).toFixed(0);
      console.log(`   ${attack.name.padEnd(38)} ${size.padStart(5)} KB  refused ${refused}/${ROUNDS} with ${attack.expected} (HTTP ${results[0].status}), p50 ${p50.toFixed(1)} ms, max ${max.toFixed(1)} ms, ${fast}/${ROUNDS} under 100 ms`);
    }
    console.log(`   normal traffic meanwhile: ${summary(traffic.between(attackStart, performance.now()))}`);

    console.log("\n2. new supergraph written under load");
    const reloadStart = performance.now();
    file.write(composeTinyGraph(urls, true));
    let pickedUpMs = -1;
    for (let i = 0; i < 100 && pickedUpMs < 0; i++) {
      const probe = await send(url, JSON.stringify({ query: `{ metier(id: "MET.1") { code } }` }));
      if (probe.ok) pickedUpMs = performance.now() - reloadStart;
      else await sleep(50);
    }
    await sleep(1_000);
    console.log(`   picked up after ${pickedUpMs.toFixed(0)} ms (file watch debounce 200 ms + health check of both subgraphs)`);
    console.log(`   normal traffic meanwhile: ${summary(traffic.between(reloadStart, performance.now()))}`);

    console.log("\n3. the offres subgraph killed under load");
    const killStart = performance.now();
    await subgraphs.offres.stop();
    await sleep(2_000);
    const afterKill = traffic.between(killStart, performance.now());
    const health = await fetch(new URL("/health", url));
    const ready = await fetch(new URL("/ready", url));
    console.log(`   normal traffic after the kill: ${summary(afterKill)}`);
    console.log(`   /health ${health.status}, /ready ${ready.status} ${JSON.stringify(await ready.json())}`);
  } finally {
    await traffic.stop();
    await gateway.stop();
    await subgraphs.catalog.stop();
    await subgraphs.offres.stop();
    file.remove();
  }
  console.log(`\n${traffic.outcomes.length} requests in all`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
