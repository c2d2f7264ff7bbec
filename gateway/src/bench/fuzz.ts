#!/usr/bin/env node
// `npm run bench:fuzz -w @prisme/gateway`: does the gateway's memory level off under garbage?
// The gateway runs as its own process with production settings over the project's real
// supergraph (schema/supergraph.graphql); FUZZ_REQUESTS (20,000) malformed requests of two dozen
// kinds (attacks.ts) are sent on 127.0.0.1 by FUZZ_CLIENTS clients, and the gateway's resident
// memory (RSS, from /proc) is sampled every FUZZ_SAMPLE_EVERY requests, then after a pause.
// FUZZ_MAX_OLD_SPACE_MB caps the gateway's heap: V8 grows its heap lazily when garbage comes
// fast, so RSS alone cannot tell a leak from garbage not yet collected; a run that holds under a
// small cap retains less than the cap.
// Its subgraphs are one loopback stub that answers 503 to everything: no request of this run
// reaches data, and none leaves the machine.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { malformedRequests, type MalformedRequest } from "./attacks";
import { spawnGateway } from "./gateway-process";

const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 20_000);
const CLIENTS = Number(process.env.FUZZ_CLIENTS ?? 8);
const SAMPLE_EVERY = Number(process.env.FUZZ_SAMPLE_EVERY ?? 1_000);
const MAX_OLD_SPACE_MB = process.env.FUZZ_MAX_OLD_SPACE_MB;
const SUBGRAPHS = ["ONISEP", "CARIF_OREF", "RECTORAT", "REGION"];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resident memory of a process, in MB (Linux). */
function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Math.round(Number(match[1]) / 1024) : Number.NaN;
}

async function send(base: string, request: MalformedRequest): Promise<number> {
  try {
    const response = await fetch(new URL(request.path, base), { method: request.method, headers: request.headers, body: request.body, signal: AbortSignal.timeout(10_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0; // the gateway cut the connection (e.g. a body far over the limit)
  }
}

async function main() {
  const stub = createServer((_req, res) => res.writeHead(503, { "content-type": "text/plain" }).end("down"));
  await new Promise<void>((resolve) => stub.listen(0, "127.0.0.1", resolve));
  const stubUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}/`;
  const closed = Object.fromEntries(SUBGRAPHS.map((name) => [`SUBGRAPH_URL_${name}`, stubUrl]));
  const gateway = await spawnGateway({ NODE_ENV: "production", PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn", RATE_LIMIT_POINTS: "0", SUPERGRAPH_WATCH: "false", ...closed, ...(MAX_OLD_SPACE_MB ? { NODE_OPTIONS: `--max-old-space-size=${MAX_OLD_SPACE_MB}` } : {}) });
  const samples: { requests: number; rss: number }[] = [{ requests: 0, rss: rssMb(gateway.pid) }];
  const statuses = new Map<string, number>();
  const kinds = new Map<string, Set<number>>();
  const requests = malformedRequests(REQUESTS);
  let sent = 0;
  let crashed = false;
  const started = performance.now();
  console.log(`gateway ${gateway.url} (pid ${gateway.pid}), production settings, the real supergraph${MAX_OLD_SPACE_MB ? `, heap capped at ${MAX_OLD_SPACE_MB} MB` : ""}; ${REQUESTS} malformed requests from ${CLIENTS} clients`);
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let next = requests.next(); !next.done && !crashed; next = requests.next()) {
        const status = await send(gateway.url, next.value);
        statuses.set(String(status), (statuses.get(String(status)) ?? 0) + 1);
        kinds.set(next.value.kind, (kinds.get(next.value.kind) ?? new Set()).add(status));
        sent += 1;
        if (sent % SAMPLE_EVERY === 0) {
          try {
            samples.push({ requests: sent, rss: rssMb(gateway.pid) });
          } catch {
            crashed = true;
          }
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await sleep(10_000);
  const settled = crashed ? Number.NaN : rssMb(gateway.pid);
  await gateway.stop();
  stub.close();

  console.log(`\n${sent} requests in ${seconds.toFixed(0)} s; HTTP statuses: ${[...statuses].sort().map(([s, n]) => `${s === "0" ? "connection cut" : s} ×${n}`).join(", ")}`);
  console.log(`statuses by kind: ${[...kinds].map(([kind, set]) => `${kind} ${[...set].join("/")}`).join("; ")}`);
  console.log(`\nRSS of the gateway (MB) by requests sent:\n${samples.map((s) => `${String(s.requests).padStart(6)}  ${String(s.rss).padStart(4)}`).join("\n")}\n  10 s later: ${settled}`);
  const half = samples.filter((s) => s.requests >= REQUESTS / 2);
  const growth = half.length > 1 ? half[half.length - 1].rss - half[0].rss : Number.NaN;
  console.log(`\nGrowth over the second half of the run: ${growth} MB${crashed ? " (the gateway died)" : ""}`);
  if (crashed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
