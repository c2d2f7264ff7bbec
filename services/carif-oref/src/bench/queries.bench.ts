// node dist/bench/queries.bench.js <mongodb uri> <database>
// Serves the carif-oref subgraph over HTTP on a database filled by lheo.bench, waits for its search
// index, then times the queries users send at that volume (20 rounds each): offers near a point for a
// ROME code, full text, and the offers the subgraph adds to a commune and to métiers.
import { startService } from "@prisme/common";
import { OFFRES_RECHERCHE } from "../read-model/offre.entry";
import { carifOref } from "../definition";
import { mb, trackMemoryPeak } from "./memory-peak";

const ROUNDS = 20;
const CLERMONT = { latitude: 45.7772, longitude: 3.087 };

async function post(url: string, query: string, variables: object = {}) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`query failed: ${body.errors[0]!.message}`);
  return body.data;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function main() {
  const [uri, dbName] = process.argv.slice(2);
  if (!uri || !dbName) throw new Error("usage: queries.bench.js <mongodb uri> <database>");
  const memory = trackMemoryPeak();
  const started = Date.now();
  const service = await startService(carifOref, { uri, dbName, port: 0, demoData: "never" });
  try {
    console.log(`read model loaded (subgraph ready) in ${((Date.now() - started) / 1000).toFixed(1)} s; RSS ${mb(process.memoryUsage().rss)}, heap ${mb(process.memoryUsage().heapUsed)}`);
    // Any entry will do (a bench, not a request): the codes of one current offer.
    const sample = await service.models.db.collection(OFFRES_RECHERCHE).findOne({});
    const codeRome = (sample?.codesRome as string[])[0]!;
    const codeInsee = (sample?.codesInsee as string[])[0] ?? "63113";
    const queries: [string, string, object][] = [
      ["offres(codeRome, autourDe Clermont 30 km)", `query($c: String!, $a: PointRayon!) { offres(codeRome: $c, autourDe: $a, first: 20) { totalCount nodes { id distanceKm sessions { debut } } } }`, { c: codeRome, a: { ...CLERMONT, rayonKm: 30 } }],
      ["offres(texte: \"developpeur web\")", `{ offres(texte: "developpeur web", first: 20) { totalCount nodes { id intitule } } }`, {}],
      ["Commune.offres (first 20)", `query($r: [_Any!]!) { _entities(representations: $r) { ... on Commune { offres(first: 20) { totalCount nodes { id intitule organisme { nom } } } } } }`, { r: [{ __typename: "Commune", code: codeInsee }] }],
      ["Metier.offres, 10 métiers (first 20)", `query($r: [_Any!]!) { _entities(representations: $r) { ... on Metier { offres(first: 20) { totalCount nodes { id } } } } }`, { r: Array.from({ length: 10 }, (_, i) => ({ __typename: "Metier", id: `MET.${i + 1}`, codesRome: [codeRome] })) }],
    ];
    for (const [label, query, variables] of queries) {
      const times: number[] = [];
      let total: unknown = null;
      for (let i = 0; i < ROUNDS; i++) {
        const t = process.hrtime.bigint();
        total = await post(service.url, query, variables);
        times.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
      times.sort((a, b) => a - b);
      const count = JSON.stringify(total).match(/"totalCount":(\d+)/)?.[1];
      console.log(`${label.padEnd(40)} p50 ${percentile(times, 50).toFixed(1)} ms, p90 ${percentile(times, 90).toFixed(1)} ms, max ${times[times.length - 1]!.toFixed(1)} ms (totalCount ${count})`);
    }
  } finally {
    await service.stop();
    const peak = memory.stop();
    console.log(`subgraph peak RSS ${mb(peak.rss)}, peak heap ${mb(peak.heapUsed)}`);
  }
}

main().catch((error: unknown) => {
  console.error(`queries bench failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
