// Search latency over the real Onisep exports, straight against the onisep subgraph over HTTP:
// imports both files into a throw-away database, builds the index, then times the searches.
import { join } from "node:path";
import { startService, stderrProgress } from "@prisme/common";
import { withThrowAwayDatabase as withBenchDatabase } from "@prisme/embedded-db";
import { onisep } from "../definition";
import type { OnisepState } from "../read-model/onisep.read-model";
import { FILTERS, SEARCHES, percentiles, timeQueries } from "./bench-queries";

const DATA = process.env.PRISME_SHARED_DATA ?? join(__dirname, "../../../../../shared/data");
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);

async function main(): Promise<void> {
  await withBenchDatabase(async (uri) => {
    const service = await startService(onisep, { uri, dbName: `bench_onisep_${process.pid}`, port: 0, demoData: "never" });
    try {
      for (const [source, file] of [["onisep-metiers", "onisep/ideo-metiers_onisep.xml"], ["onisep-formations", "onisep/ideo-formations_initiales_en_france.csv"]]) {
        const started = Date.now();
        const report = await onisep.importers![source].run(service.models, join(DATA, file), { progress: stderrProgress });
        console.log(`${report.summary().split("\n")[0]} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      }
      const started = Date.now();
      await service.readModel.refresh();
      const state = (await service.readModel.current()) as OnisepState;
      console.log(`read model current: ${state.metiers.size} métiers, ${state.formations.size} formations, in ${Date.now() - started} ms`);
      await timeQueries(service.url, [...SEARCHES, ...FILTERS], 2); // warm-up
      console.log(`subgraph ${service.url}, ${ROUNDS} rounds`);
      console.log(percentiles("full-text search (typo, prefix)", await timeQueries(service.url, SEARCHES, ROUNDS)));
      console.log(percentiles("filters (niveau, type, domaine, ROME)", await timeQueries(service.url, FILTERS, ROUNDS)));
    } finally {
      await service.connection.db?.dropDatabase();
      await service.stop();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
