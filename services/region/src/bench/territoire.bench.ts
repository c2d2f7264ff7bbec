// The territory at national scale (issue 15 loads all of France): every commune of
// @etalab/decoupage-administratif with its centre from La Poste's real file, then the time to load
// the read model, how long the load holds the event loop, and commune lookups and searches, in
// process and through the subgraph over HTTP. `npm run bench -w @prisme/region`.
import { join } from "node:path";
import { connectDatabase, DEFAULT_READ_MODEL_SETTINGS, ReadModel, startService, stderrProgress, storeOf } from "@prisme/common";
import { communesQuery } from "../commune/commune.recherche";
import { region } from "../definition";
import { CODES_POSTAUX_PROVENANCE, importCodesPostaux } from "../importers/codes-postaux/codes-postaux.importer";
import { regionReadModel } from "../read-model/region.read-model";
import { centreCodec, CENTRES_PAR_DEPARTEMENT } from "../territoire/centres.lots";
import { loadDecoupageAdministratif } from "../territoire/decoupage.loader";
import { ecrireLots } from "../territoire/lots.writer";
import { longestBlock, percentiles, timeCall, timeQuery, withBenchDatabase } from "./bench-tools";

const DATA = process.env.PRISME_SHARED_DATA ?? join(__dirname, "../../../../../shared/data");
const LAPOSTE = join(DATA, "region/laposte_hexasmal_2020.csv");
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);

/** What people type to say where they are: names (cut short, without accents, one typo) and postal codes. */
const RECHERCHES: { recherche: string; departement?: string }[] = [
  { recherche: "clermont fe" },
  { recherche: "le puy en vel" },
  { recherche: "MONTLUCON" },
  { recherche: "clermond" },
  { recherche: "saint" },
  { recherche: "saint", departement: "15" },
  { recherche: "63000" },
  { recherche: "631" },
  { recherche: "75" },
];

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main(): Promise<void> {
  await withBenchDatabase(async (uri) => {
    const dbName = `bench_region_${process.pid}`;
    const connection = await connectDatabase(uri, dbName);
    const store = storeOf(connection);
    try {
      let started = Date.now();
      const decoupage = await loadDecoupageAdministratif(store);
      console.log(`decoupage-administratif (all of France): ${decoupage.communes.summary().split("\n")[0]} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      started = Date.now();
      const centres = await importCodesPostaux(store, LAPOSTE, stderrProgress);
      console.log(`${centres.summary().split("\n")[0]} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

      global.gc?.();
      const heapBefore = process.memoryUsage().heapUsed;
      const readModel = new ReadModel(store.changes, regionReadModel(store), { ...DEFAULT_READ_MODEL_SETTINGS, pollMs: 0 }, () => undefined);
      const load = await longestBlock(() => readModel.start());
      const state = await readModel.current();
      global.gc?.();
      console.log(
        `read model load: ${state.communes.size} communes, ${state.centres.size} centres, ${state.departements.size} départements, ${state.regions.size} régions in ${(load.ms / 1000).toFixed(1)} s; ` +
          `longest event-loop block ${load.blockedMs.toFixed(0)} ms (${load.blockedCpuMs.toFixed(0)} ms of it on this process's CPU); heap +${mb(process.memoryUsage().heapUsed - heapBefore)}${global.gc ? "" : " (run with --expose-gc for an exact figure)"}`,
      );

      const codes = [...state.communes.all()].map((c) => c.code);
      let i = 0;
      console.log(percentiles("in process: commune by INSEE code", timeCall(() => state.communes.get(codes[(i += 7919) % codes.length]!), 10_000)));
      for (const filter of RECHERCHES) {
        const label = `in process: communes(recherche: "${filter.recherche}"${filter.departement ? `, departement: "${filter.departement}"` : ""})`;
        console.log(percentiles(label, timeCall(() => state.communes.query(communesQuery(state.communes, filter), { first: 10 }), ROUNDS)));
      }
      // One changed centre (a re-import that moves one point): applied record by record, not reloaded.
      const moved = new Map([["laposte:63", [{ code: "63113", centre: { latitude: 45.78, longitude: 3.09 } }]]]);
      await ecrireLots(store, CENTRES_PAR_DEPARTEMENT, centreCodec, moved, CODES_POSTAUX_PROVENANCE, { created: 0, updated: 0, unchanged: 0 });
      const apply = await longestBlock(() => readModel.refresh());
      console.log(`one changed centre applied in ${apply.ms.toFixed(0)} ms (commune ${state.communes.get("63113")?.centre?.latitude}); RSS ${mb(process.memoryUsage().rss)}`);
      readModel.stop();

      // The subgraph as it starts in production: connects, loads its read model, then answers.
      started = Date.now();
      const service = await startService(region, { uri, dbName, port: 0, demoData: "never" });
      console.log(`subgraph start to ready: ${((Date.now() - started) / 1000).toFixed(1)} s (${service.url})`);
      try {
        const lookup = `{ commune(code: "63113") { code nom codesPostaux population centre { latitude longitude } departement { nom region { nom } } } }`;
        await timeQuery(service.url, lookup, 20);
        console.log(percentiles("HTTP: commune(code) with département, région", await timeQuery(service.url, lookup, ROUNDS)));
        for (const filter of RECHERCHES) {
          const args = `recherche: "${filter.recherche}"${filter.departement ? `, departement: "${filter.departement}"` : ""}`;
          const query = `{ communes(${args}, first: 10) { totalCount nodes { code nom population } } }`;
          console.log(percentiles(`HTTP: communes(${args})`, await timeQuery(service.url, query, ROUNDS)));
        }
        const list = `{ communes(departement: "63", first: 100) { totalCount nodes { code nom } pageInfo { endCursor } } }`;
        console.log(percentiles(`HTTP: communes(departement: "63", first: 100)`, await timeQuery(service.url, list, ROUNDS)));
      } finally {
        await service.stop();
      }
    } finally {
      await connection.db?.dropDatabase();
      await connection.close();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
