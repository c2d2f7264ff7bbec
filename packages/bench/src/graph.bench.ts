// npm run bench:graph [-- --offres 50000 --requests 40 --rate 20 --quick]
// The whole platform at volume, as users meet it: every real sample file of ../shared/data and
// 50,000 generated LHEO offers imported through the CLI; the four subgraphs and the gateway
// started as `npm start` starts them; then every root field and entity field timed at a fixed
// rate, through its subgraph and (root fields, and the README's journey) through the gateway;
// search throughput per subgraph; an import into the running platform under steady load; memory
// and start times. Only loopback traffic. Prints tables, then the goals met or missed.
import { createWriteStream, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { carifOref } from "@prisme/carif-oref";
import { freePort, projectRoot, startEmbeddedDb, type EmbeddedDb } from "@prisme/embedded-db";
import { onisep } from "@prisme/onisep";
import { rectorat } from "@prisme/rectorat";
import { region } from "@prisme/region";
import { operationsOf } from "@prisme/testing";
import { writeFeed } from "@prisme/carif-oref/dist/generator/feed.generator";
import { loadReferentiels } from "@prisme/carif-oref/dist/generator/referentiels";
import { importTable, REAL_FILES, runImport, type ImportRun } from "./imports";
import { atFixedRate, send, table, throughput, type Operation, type Timings } from "./load";
import { nodeOptionsOf } from "@prisme/platform/dist/node-options";
import { memoryOf, startChild, type Child } from "./processes";
import { coverage } from "./coverage";
import { discoverSamples, JOURNEY } from "./samples";

const DEFINITIONS = { onisep, "carif-oref": carifOref, rectorat, region } as const;
type Name = keyof typeof DEFINITIONS;
const SELECTION_DEPTH = 2;

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const heading = (title: string) => console.log(`\n## ${title}\n`);

async function main() {
  const { values } = parseArgs({
    options: {
      offres: { type: "string", default: "50000" },
      requests: { type: "string", default: "40" },
      rate: { type: "string", default: "20" },
      data: { type: "string", default: join(projectRoot(), "..", "shared", "data") },
      quick: { type: "boolean", default: false },
    },
  });
  const offres = Number(values.offres);
  const requests = values.quick ? 10 : Number(values.requests);
  const rate = Number(values.rate);
  const dataDir = values.data!;
  if (!existsSync(dataDir)) throw new Error(`No sample data at ${dataDir}: pass --data <folder laid out like ../shared/data>.`);
  const root = projectRoot();
  const work = mkdtempSync(join(tmpdir(), "prisme-bench-graph-"));
  let db: EmbeddedDb | null = null;
  const children: Child[] = [];
  try {
    const uri = process.env.MONGODB_URI ?? (db = await startEmbeddedDb({ port: 0, dataDir: join(work, "db"), progress: log })).uri;
    const suffix = `bench${process.pid}`;
    const env: NodeJS.ProcessEnv = { ...process.env, MONGODB_URI: uri, PRISME_PROGRESS_MS: "5000" };
    for (const name of Object.keys(DEFINITIONS)) env[`MONGODB_DB_${name.toUpperCase().replace(/-/g, "_")}`] = `prisme_${name.replace(/-/g, "_")}_${suffix}`;
    console.log(`# Prisme: the graph at volume (bench:graph, ${new Date().toISOString()})`);
    console.log(`database: ${db ? "embedded FerretDB (throw-away folder)" : uri}; ${offres} generated offers; ${requests} requests per operation at ${rate}/s`);

    // 1. Imports, through the CLI, as a user runs them.
    heading("Imports of the real sample files (npm run import)");
    const runs: ImportRun[] = [];
    for (const [source, file] of REAL_FILES) {
      const path = join(dataDir, file);
      if (!existsSync(path)) {
        log(`skipped ${source} ${file}: not in ${dataDir}`);
        continue;
      }
      log(`import ${source} ${file}`);
      runs.push(await runImport(root, env, source, path));
    }
    const feed = join(work, "offres.xml");
    log(`generating ${offres} LHEO offers`);
    const out = createWriteStream(feed);
    await writeFeed(out, loadReferentiels(dataDir, ["03", "15", "43", "63"]), { offres, seed: 1, version: "2.3" });
    await new Promise((resolve) => out.end(resolve));
    log("import lheo (first)");
    const first = await runImport(root, env, "lheo", feed, (line) => /\d+%/.test(line) && log(line));
    log("import lheo (again, unchanged)");
    const again = await runImport(root, env, "lheo", feed);
    runs.push({ ...first, source: "lheo (first import)" }, { ...again, source: "lheo (unchanged re-import)" });
    console.log(importTable(runs));

    // 2. The platform, started as npm start does (demonstration data only where nothing was imported).
    heading("Start");
    const ports: Record<string, number> = {};
    for (const name of [...Object.keys(DEFINITIONS), "gateway"]) ports[name] = await freePort();
    const started = performance.now();
    const platformEnv: NodeJS.ProcessEnv = { ...env, PRISME_DEMO_DATA: "if-empty", LOG_LEVEL: "warn", PRISME_REGION_URL: `http://127.0.0.1:${ports.region}/` };
    const readyAt: Record<string, number> = {};
    for (const name of Object.keys(DEFINITIONS) as Name[]) {
      const key = name.toUpperCase().replace(/-/g, "_");
      // As npm start runs it: with the Node options the service declares (packages/platform/src/node-options.ts).
      const child = startChild(name, join(root, "services", name, "dist", "server.js"), { ...platformEnv, [`PORT_${key}`]: String(ports[name]) }, [], nodeOptionsOf(join(root, "services", name)));
      children.push(child);
      void child.ready.then(() => (readyAt[name] = (performance.now() - started) / 1000));
    }
    const urls = Object.fromEntries(await Promise.all(children.map(async (child) => [child.name, await child.ready] as const))) as Record<Name, string>;
    const gatewayEnv: NodeJS.ProcessEnv = { ...platformEnv, PORT: String(ports.gateway), RATE_LIMIT_POINTS: "0", RESPONSE_CACHE_TTL_S: "0", MAX_COST: "10000000", MAX_TOKENS: "100000", MAX_DEPTH: "20" };
    for (const [name, url] of Object.entries(urls)) gatewayEnv[`SUBGRAPH_URL_${name.toUpperCase().replace(/-/g, "_")}`] = url;
    const gatewayChild = startChild("gateway", join(root, "gateway", "dist", "server.js"), gatewayEnv);
    children.push(gatewayChild);
    const gateway = await gatewayChild.ready;
    const startSeconds = (performance.now() - started) / 1000;
    for (const name of Object.keys(DEFINITIONS)) console.log(`${name.padEnd(12)} ready in ${readyAt[name]?.toFixed(1)} s`);
    console.log(`platform ready (gateway answering) in ${startSeconds.toFixed(1)} s`);

    heading("Crosswalk coverage of the data imported (npm run report:coverage)");
    console.log(await coverage(gateway));

    // 3. Every field, at a fixed rate.
    const samples = await discoverSamples(gateway);
    const subgraphRows: Timings[] = [];
    const gatewayRows: Timings[] = [];
    for (const name of Object.keys(DEFINITIONS) as Name[]) {
      // Each operation selects every field two levels of objects down: a page of results with its facet
      // counts and what each result links to, as a page of the site asks (the read-path test goes deeper).
      const operations = operationsOf(await DEFINITIONS[name].buildSchema(), samples, { depth: SELECTION_DEPTH, mutations: false });
      heading(`${name}: every root and entity field through the subgraph (${operations.length} operations, ${rate}/s)`);
      const rows: Timings[] = [];
      for (const operation of operations) {
        log(`${name} ${operation.coordinate}`);
        rows.push(await atFixedRate({ label: operation.coordinate, url: urls[name], query: operation.query, variables: operation.variables }, rate, requests));
      }
      console.log(table(rows, 50));
      subgraphRows.push(...rows.map((row) => ({ ...row, label: `${name} ${row.label}` })));
      for (const operation of operations.filter((op) => op.coordinate.startsWith("Query."))) {
        log(`gateway ${operation.coordinate}`);
        gatewayRows.push(await atFixedRate({ label: `${operation.coordinate}`, url: gateway, query: operation.query }, rate, requests));
      }
    }
    const journeyOperation: Operation = { label: "README journey (métier → formations → établissements → communes; offres)", url: gateway, query: JOURNEY, variables: { id: samples.arguments["Query.metier.id"] } };
    const journey = await atFixedRate(journeyOperation, rate, Math.max(requests, 60));
    heading(`Through the gateway: every root field (${gatewayRows.length}) and the README's journey, ${rate}/s`);
    console.log(table([...gatewayRows, journey], 50));

    // 4. Search throughput, per subgraph process.
    heading("Search throughput per subgraph (8 clients, closed loop, 5 s)");
    const searches: Record<Name, string[]> = {
      onisep: ['{ metiers(recherche: "infirmier", first: 10) { totalCount nodes { id libelle } } }', '{ formations(recherche: "bts commerce", first: 10) { totalCount nodes { id libelle } } }', '{ metiers(recherche: "ebenist", first: 10) { totalCount nodes { id } } }'],
      "carif-oref": ['{ offres(recherche: "developpeur web", first: 10) { totalCount nodes { id intitule } } }', '{ offres(recherche: "aide soignant", first: 10) { totalCount nodes { id intitule } } }'],
      rectorat: ['{ etablissements(recherche: "lycee", first: 10) { totalCount nodes { uai nom } } }', '{ etablissements(recherche: "college jean", first: 10) { totalCount nodes { uai nom } } }'],
      region: ['{ communes(recherche: "saint", first: 10) { totalCount nodes { code nom } } }', '{ communes(recherche: "clermont", first: 10) { totalCount nodes { code nom } } }'],
    };
    const throughputs: Record<string, number> = {};
    for (const name of Object.keys(DEFINITIONS) as Name[]) {
      const result = await throughput(searches[name].map((query, i) => ({ label: `${name} ${i}`, url: urls[name], query })), 8, 5);
      throughputs[name] = result.perSecond;
      console.log(`${name.padEnd(12)} ${Math.round(result.perSecond)} searches/s (p50 ${result.timings.p50.toFixed(1)} ms, p95 ${result.timings.p95.toFixed(1)} ms, errors ${result.timings.errors})`);
    }

    // 5. An import into the running platform, under steady load.
    heading(`An LHEO delta of 2,000 changed offers, imported while the gateway serves ${rate} requests/s`);
    const delta = join(work, "delta.xml");
    const deltaOut = createWriteStream(delta);
    await writeFeed(deltaOut, loadReferentiels(dataDir, ["03", "15", "43", "63"]), { offres: 2000, seed: 2, version: "2.3" });
    await new Promise((resolve) => deltaOut.end(resolve));
    const offresBefore = await countOffres(urls["carif-oref"]);
    const steady: Operation[] = [journeyOperation, { label: "offres near Clermont", url: gateway, query: '{ offres(proximite: { latitude: 45.7772, longitude: 3.087, rayonKm: 30 }, first: 10) { totalCount nodes { id intitule } } }' }];
    let stop = false;
    const during: { ms: number; error: string | null }[] = [];
    const loader = (async () => {
      for (let i = 0; !stop; i += 1) {
        void send(steady[i % steady.length]!).then((result) => during.push(result));
        await new Promise((resolve) => setTimeout(resolve, 1000 / rate));
      }
    })();
    const importStarted = performance.now();
    const deltaRun = await runImport(root, env, "lheo-delta", delta);
    // Until the 2,000 new offers are listed: the read model follows the change log.
    let visibleAfter: number | null = null;
    for (let i = 0; i < 300 && visibleAfter === null; i += 1) {
      if ((await countOffres(urls["carif-oref"])) >= offresBefore + 2000) visibleAfter = (performance.now() - importStarted) / 1000;
      else await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await new Promise((resolve) => setTimeout(resolve, 3000));
    stop = true;
    await loader;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const failed = during.filter((s) => s.error);
    const slow = during.filter((s) => s.ms > 200);
    console.log(`import: ${deltaRun.summary} (${deltaRun.seconds.toFixed(1)} s)`);
    console.log(`served meanwhile: ${during.length} requests, ${failed.length} failed${failed[0] ? ` (${failed[0].error})` : ""}, ${slow.length} over 200 ms, max ${Math.max(...during.map((s) => s.ms)).toFixed(1)} ms`);
    console.log(`the 2,000 offers listed by the subgraph ${visibleAfter === null ? "not within 60 s" : `${visibleAfter.toFixed(1)} s after the import started`}`);

    // 6. Memory.
    heading("Memory (resident, after the runs above)");
    let total = db ? (memoryOf(db.pid)?.rssMb ?? 0) : 0;
    if (db) console.log(`${"FerretDB".padEnd(12)} ${memoryOf(db.pid)?.rssMb ?? "?"} MB`);
    for (const child of children) {
      const memory = memoryOf(child.process.pid);
      total += memory?.rssMb ?? 0;
      const loaded = child.logs.filter((entry) => entry.msg === "read model loaded").pop();
      const applied = child.logs.filter((entry) => entry.msg === "read model changes applied");
      const longestApply = Math.max(0, ...applied.map((entry) => Number(entry.longestBlockMs ?? 0)));
      console.log(
        `${child.name.padEnd(12)} ${memory?.rssMb ?? "?"} MB` +
          (loaded ? ` (read model: load ${String(loaded.ms)} ms, heap after it ${String(loaded.heapMb)} MB, longest event-loop block ${String(loaded.longestBlockMs)} ms; ${applied.length} batches of changes applied, longest block ${longestApply} ms)` : ""),
      );
    }
    console.log(`${"whole".padEnd(12)} ${total} MB`);

    // 7. The goals.
    heading("Goals (issue: real volumes, answered in milliseconds)");
    const goals: [string, boolean, string][] = [
      ["every root field p95 ≤ 50 ms through the gateway at 20/s", gatewayRows.every((row) => row.p95 <= 50 && row.errors === 0), fieldsVerdict(gatewayRows)],
      ["every field p95 ≤ 50 ms through its subgraph", subgraphRows.every((row) => row.p95 <= 50 && row.errors === 0), fieldsVerdict(subgraphRows)],
      ["README journey p95 ≤ 100 ms", journey.p95 <= 100 && journey.errors === 0, `p95 ${journey.p95.toFixed(1)} ms`],
      ["search ≥ 200 requests/s per subgraph", Object.values(throughputs).every((value) => value >= 200), Object.entries(throughputs).map(([name, value]) => `${name} ${Math.round(value)}/s`).join(", ")],
      ["an import into the running platform: no failure, none over 200 ms", failed.length === 0 && slow.length === 0, `${failed.length} failed, ${slow.length} over 200 ms`],
      ["whole platform ≤ 1.5 GB RSS", total <= 1536, `${total} MB`],
      ["start to ready ≤ 30 s", startSeconds <= 30, `${startSeconds.toFixed(1)} s`],
      ["LHEO first import ≥ 1,000 offers/s", first.perSecond >= 1000, `${Math.round(first.perSecond)}/s, peak RSS ${first.peakMb} MB`],
      ["LHEO unchanged re-import ≥ 5,000 offers/s", again.perSecond >= 5000, `${Math.round(again.perSecond)}/s, peak RSS ${again.peakMb} MB`],
      ["LHEO import peak RSS ≤ 300 MB", (first.peakMb ?? 0) <= 300 && (again.peakMb ?? 0) <= 300, `${first.peakMb} / ${again.peakMb} MB`],
    ];
    for (const [goal, met, figure] of goals) console.log(`${met ? "met   " : "MISSED"}  ${goal.padEnd(62)} ${figure}`);
  } finally {
    for (const child of children.reverse()) await child.stop();
    await db?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

/** How many current offers the subgraph lists. */
async function countOffres(url: string): Promise<number> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ offres(first: 0) { totalCount } }" }) });
  const body = (await response.json()) as { data?: { offres: { totalCount: number } } };
  return body.data?.offres.totalCount ?? 0;
}

main().catch((error: unknown) => {
  console.error(`bench:graph failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});

/** The worst p95 of a set of rows, how many are over the goal, and which answered errors (an error is not a fast answer). */
function fieldsVerdict(rows: Timings[]): string {
  const worst = [...rows].sort((a, b) => b.p95 - a.p95)[0];
  const over = rows.filter((row) => row.p95 > 50).length;
  const failing = rows.filter((row) => row.errors > 0);
  return (
    `worst ${worst?.label} p95 ${worst?.p95.toFixed(1)} ms; ${over} of ${rows.length} over` +
    (failing.length ? `; ${failing.length} answered errors (${failing.slice(0, 3).map((row) => row.label).join(", ")})` : "")
  );
}
