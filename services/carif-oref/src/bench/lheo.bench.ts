// npm run bench -w @prisme/carif-oref [-- --offres 50000 --data ../shared/data]   (50,000 offers by default: about 10 minutes)
// Generates a feed, imports it (full), re-imports it (nothing changes), imports it without every
// 10th offer (exactly those withdrawn), and prints offers/s and peak memory of each step; then
// times the queries users send at that volume (queries.bench.ts).
import { execFileSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { getHeapStatistics } from "node:v8";
import { connectDatabase, stderrProgress, storeOf } from "@prisme/common";
import { projectRoot } from "@prisme/embedded-db";
import { writeFeed } from "../generator/feed.generator";
import { loadReferentiels } from "../generator/referentiels";
import { DEMO_REFERENTIELS } from "../generator/referentiels.demo";
import { importLheo } from "../importers/lheo/lheo.importer";
import { withBenchDatabase } from "./bench-database";
import { mb, trackMemoryPeak } from "./memory-peak";

async function generate(path: string, offres: number, dataDir: string | undefined, sansMultiplesDe = 0) {
  const refs = dataDir ? loadReferentiels(dataDir, ["03", "15", "43", "63"]) : DEMO_REFERENTIELS;
  const out = createWriteStream(path);
  const written = await writeFeed(out, refs, { offres, seed: 1, version: "2.3", sansMultiplesDe, progress: (n) => stderrProgress(`[generate] ${n}/${offres}`) });
  await new Promise((resolve) => out.end(resolve));
  return written;
}

async function main() {
  const { values } = parseArgs({ options: { offres: { type: "string", default: "50000" }, data: { type: "string", default: join(projectRoot(), "..", "shared", "data") } } });
  const offres = Number(values.offres);
  const dir = mkdtempSync(join(tmpdir(), "prisme-lheo-bench-"));
  const feed = join(dir, "feed.xml");
  const partial = join(dir, "feed-sans-10e.xml");
  await generate(feed, offres, values.data);
  const kept = await generate(partial, offres, values.data, 10);
  console.log(`feed: ${offres} offers, ${mb(statSync(feed).size)} (LHEO 2.3, seed 1); heap limit ${mb(getHeapStatistics().heap_size_limit)}`);
  try {
    await withBenchDatabase(async (uri) => {
      const dbName = `bench_carif_oref_${Date.now()}`;
      const connection = await connectDatabase(uri, dbName);
      const models = storeOf(connection);
      try {
        for (const [label, path, expected] of [["first import", feed, offres], ["re-import", feed, offres], ["without every 10th offer", partial, kept]] as const) {
          (global as { gc?: () => void }).gc?.();
          const memory = trackMemoryPeak();
          const started = process.hrtime.bigint();
          const report = await importLheo(models, path, { full: true, progress: stderrProgress });
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const peak = memory.stop();
          const r = report.toJSON();
          console.log(
            `${label.padEnd(26)} ${String(expected).padStart(6)} offers in ${seconds.toFixed(1)} s = ${Math.round(expected / seconds)} offers/s; ` +
              `created ${r.created}, updated ${r.updated}, unchanged ${r.unchanged}, rejected ${r.rejected}, withdrawn ${r.retirees}; peak RSS ${mb(peak.rss)}, peak heap ${mb(peak.heapUsed)}`,
          );
        }
        // Queries at that volume, in a process of its own: a subgraph serving HTTP, without the importer's heap cap.
        console.log("queries, through the subgraph's HTTP endpoint:");
        execFileSync(process.execPath, [join(__dirname, "queries.bench.js"), uri, dbName], { stdio: "inherit" });
      } finally {
        await connection.db?.dropDatabase();
        await connection.close();
      }
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
