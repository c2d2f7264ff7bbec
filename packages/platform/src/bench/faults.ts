#!/usr/bin/env node
// `npm run bench:faults`: the platform as `npm start` runs it (on free loopback ports, with the
// demonstration data, in a throw-away folder), under steady load through the gateway with an
// operation that spans the four subgraphs; then a subgraph, the database and the gateway are each
// killed (SIGKILL) in turn. For each phase it prints full / partial / failed answers and how long
// the platform took to answer in full again after the supervisor restarted the process.
// Goals (issue 12): no answer without data while any subgraph of the operation is up; full
// answers again at most 5 s after a restart.
import { launchPlatform, type LaunchedPlatform } from "./platform-process";
import { steadyLoad, tally, type Answer } from "./steady-load";

const WORKERS = Number(process.env.FAULTS_WORKERS ?? 4);
const SUBGRAPH = process.env.FAULTS_SUBGRAPH ?? "region";
const RECOVERY_GOAL_S = 5;

// One root field per subgraph (a subgraph down leaves the others' data), each reaching into the others.
const OPERATION = JSON.stringify({
  query: `query Faults {
    metier(id: "MET.12") { libelle offres(first: 2) { totalCount } formations(first: 2) { nodes { libelle etablissements(first: 2) { nodes { nom commune { nom } } } } } }
    etablissement(uai: "0631978H") { nom commune { nom departement { nom } } }
    commune(code: "63113") { nom }
    offre(id: "AUV-OF-000102") { intitule }
  }`,
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

interface Row {
  phase: string;
  answers: Answer[];
  note: string;
  /** Whether a failed answer here breaks the goal (not while the gateway itself is down). */
  failuresCount: boolean;
  recoveryMs?: number;
}

/** The first full answer received at or after `from`, waiting for it up to `timeoutMs`. */
async function firstFull(answers: Answer[], from: number, timeoutMs = 60_000): Promise<Answer | null> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const found = answers.find((a) => a.at >= from && a.kind === "full");
    if (found) return found;
    if (performance.now() > deadline) return null;
    await sleep(20);
  }
}

/** Waits until the gateway's /ready says every subgraph is ready. */
async function untilReady(gatewayUrl: string): Promise<void> {
  for (let i = 0; i < 600; i += 1) {
    const response = await fetch(new URL("/ready", gatewayUrl)).catch(() => null);
    if (response?.status === 200) return;
    await sleep(500);
  }
  throw new Error("the gateway did not become ready within 5 minutes");
}

async function fault(platform: LaunchedPlatform, load: ReturnType<typeof steadyLoad>, name: string, rows: Row[]): Promise<void> {
  const back = platform.next(new RegExp(`^\\[supervisor\\] ${name} is back`));
  const killedAt = performance.now();
  process.kill(platform.pidOf(name), "SIGKILL");
  const { at: backAt, line } = await back;
  const full = await firstFull(load.answers, backAt);
  const fullAt = full?.at;
  await sleep(3_000);
  const label = name === "database" || name === "gateway" ? `the ${name}` : `the ${name} subgraph`;
  rows.push({
    phase: `${label} killed, until restarted`,
    answers: load.between(killedAt, backAt),
    note: `restarted after ${seconds(backAt - killedAt)} (${/, ([\d.]+ s) after it stopped/.exec(line)?.[1] ?? "?"} by the supervisor's clock)`,
    failuresCount: name !== "gateway",
  });
  rows.push({
    phase: `${label} restarted, until full answers`,
    answers: fullAt ? load.between(backAt, fullAt) : load.between(backAt, performance.now()),
    note: full ? `first full answer ${seconds(full.at - backAt)} after the restart (to a request sent ${seconds(Math.max(0, full.sentAt - backAt))} after it)` : "no full answer within 60 s",
    failuresCount: name !== "gateway",
    recoveryMs: full ? full.at - backAt : Number.POSITIVE_INFINITY,
  });
  const settled = performance.now();
  rows.push({ phase: "then, 3 s", answers: load.between(fullAt ?? settled, settled), note: "", failuresCount: true });
}

function print(rows: Row[]): boolean {
  const header = `${"phase".padEnd(46)} ${"answers".padStart(7)} ${"full".padStart(6)} ${"partial".padStart(7)} ${"failed".padStart(6)}  notes`;
  console.log(`\n${header}\n${"-".repeat(header.length + 40)}`);
  let ok = true;
  for (const row of rows) {
    const t = tally(row.answers);
    const codes = t.top.length && (t.partial || t.failed) ? `; errors: ${t.top.join(", ")}` : "";
    console.log(`${row.phase.padEnd(46)} ${String(t.total).padStart(7)} ${String(t.full).padStart(6)} ${String(t.partial).padStart(7)} ${String(t.failed).padStart(6)}  ${row.note}${codes}`);
    if (row.failuresCount && t.failed > 0) ok = false;
    if (row.recoveryMs !== undefined && row.recoveryMs > RECOVERY_GOAL_S * 1000) ok = false;
  }
  return ok;
}

async function main() {
  console.log("Starting the platform (npm start's entry) on free loopback ports, with the demonstration data…");
  const platform = await launchPlatform();
  console.log(`gateway ${platform.gatewayUrl}; ${WORKERS} clients send an operation over the four subgraphs`);
  await untilReady(platform.gatewayUrl);
  const load = steadyLoad(platform.gatewayUrl, OPERATION, WORKERS);
  const rows: Row[] = [];
  try {
    await sleep(5_000); // warm-up: query plans, connections, the subgraphs' first loads
    const start = performance.now();
    await sleep(5_000);
    rows.push({ phase: "baseline, 5 s", answers: load.between(start, performance.now()), note: "", failuresCount: true });
    for (const name of [SUBGRAPH, "database", "gateway"]) await fault(platform, load, name, rows);
  } finally {
    await load.stop();
    await platform.stop();
  }
  const ok = print(rows);
  console.log(`\n${load.answers.length} answers in all. Goals: no answer without data while a subgraph of the operation is up (the gateway's own restart excepted); full answers ≤ ${RECOVERY_GOAL_S} s after each restart: ${ok ? "met" : "NOT met"}.`);
  process.exitCode = ok ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
