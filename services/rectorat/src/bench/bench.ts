// `npm run bench -w @prisme/rectorat` (after `npx tsc -b`): latency of the établissement search
// ("near me" and full text) over the real Annuaire sample plus generated établissements.
import { performance } from "node:perf_hooks";
import { ImportReport } from "@prisme/common";
import { buildIndex } from "../search/etablissement.index";
import { EtablissementSearch, type Criteres } from "../search/etablissement.search";
import { lireAnnuaire } from "../importers/annuaire/annuaire.parser";
import { lireFichierAnnuaire } from "../importers/annuaire/annuaire.source";
import { SAMPLES } from "../importers/common/samples";
import type { EtablissementDoc } from "../etablissement/etablissement.model";
import { genererEtablissements } from "./generate";

const VOLUME = Number(process.env.BENCH_ETABLISSEMENTS ?? 20_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(2);
  return `p50 ${at(50)} ms, p95 ${at(95)} ms, p99 ${at(99)} ms, max ${sorted[sorted.length - 1].toFixed(2)} ms`;
}

async function main() {
  const lignes = await lireFichierAnnuaire(SAMPLES.annuaire, { progress: () => undefined, rejects: new ImportReport("annuaire", SAMPLES.annuaire) });
  const parUai = new Map<string, EtablissementDoc & { formationIds: string[] }>();
  for (const l of lignes) {
    const lu = lireAnnuaire(l.values);
    if (!("rejet" in lu) && !parUai.has(lu.uai)) parUai.set(lu.uai, { uai: lu.uai, ...lu.champs, formationIds: [] } as unknown as EtablissementDoc & { formationIds: string[] });
  }
  const reels = [...parUai.values()];
  const docs = [...reels, ...genererEtablissements(VOLUME - reels.length)];
  let t = performance.now();
  const built = buildIndex(docs);
  await built;
  console.log(`index: ${docs.length} établissements (${reels.length} from the Annuaire sample) built in ${(performance.now() - t).toFixed(0)} ms`);

  // The search class over a prebuilt index: no database involved, only what a request costs in the index.
  const search = Object.create(EtablissementSearch.prototype) as EtablissementSearch;
  Object.assign(search, { current: built });
  const measure = async (label: string, criteres: (i: number) => Criteres) => {
    const samples: number[] = [];
    let hits = 0;
    for (let i = 0; i < RUNS; i += 1) {
      t = performance.now();
      hits += (await search.chercher(criteres(i), 20)).total;
      samples.push(performance.now() - t);
    }
    console.log(`${label.padEnd(44)} ${percentiles(samples)} (${(hits / RUNS).toFixed(0)} hits on average)`);
  };
  const point = (i: number) => ({ latitude: 43 + ((i * 37) % 80) / 10, longitude: -4 + ((i * 53) % 120) / 10 });
  await measure("near me, 10 km", (i) => ({ presDe: { ...point(i), rayonKm: 10 } }));
  await measure("near me, 50 km", (i) => ({ presDe: { ...point(i), rayonKm: 50 } }));
  await measure("near me, 50 km, lycées with a formation", (i) => ({ presDe: { ...point(i), rayonKm: 50 }, types: ["LYCEE"], formationId: `FOR.${1 + (i % 400)}` }));
  const mots = ["lycee", "saint malo", "jean moulin", "lycée professionnel hotellerie", "blaise pascl", "colleg", "cfa", "orientation"];
  await measure("text search", (i) => ({ texte: mots[i % mots.length] }));
  await measure("text search in a département", (i) => ({ texte: mots[i % mots.length], codeDepartement: "35" }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
