// `npm run bench -w @prisme/rectorat` (after `npx tsc -b`): what the établissement queries cost in
// the read model's table ("near me", full text, filters, a formation's établissements), over the
// real Annuaire sample plus generated établissements, and what the table takes to build and hold.
import { performance } from "node:perf_hooks";
import { ImportReport, Table, type TableQuery } from "@prisme/common";
import { consolidate } from "../etablissement/etablissement.merge";
import { lireAnnuaire } from "../importers/annuaire/annuaire.parser";
import { lireFichierAnnuaire } from "../importers/annuaire/annuaire.source";
import { SAMPLES } from "../importers/common/samples";
import { entreeDe, type EtablissementEntree } from "../read-model/etablissement.entree";
import { etablissementTable } from "../read-model/etablissement.table";
import { genererEtablissements } from "./generate";

const VOLUME = Number(process.env.BENCH_ETABLISSEMENTS ?? 20_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(2);
  return `p50 ${at(50)} ms, p95 ${at(95)} ms, p99 ${at(99)} ms, max ${sorted[sorted.length - 1]!.toFixed(2)} ms`;
}

async function main() {
  const lignes = await lireFichierAnnuaire(SAMPLES.annuaire, { progress: () => undefined, rejects: new ImportReport("annuaire", SAMPLES.annuaire) });
  const provenance = { producteur: "bench", jeuDeDonnees: "Annuaire de l'éducation", miseAJour: new Date(0) };
  const reels = new Map<string, EtablissementEntree>();
  for (const l of lignes) {
    const lu = lireAnnuaire(l.values);
    if ("rejet" in lu || reels.has(lu.uai)) continue;
    reels.set(lu.uai, entreeDe(consolidate(lu.uai, { annuaire: { champs: lu.champs, provenance } }), { formationIds: [], enseignements: [] }));
  }
  const entrees = [...reels.values(), ...genererEtablissements(VOLUME - reels.size)];
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let t = performance.now();
  const table = await Table.build(etablissementTable, entrees);
  console.log(`table: ${table.size} établissements (${reels.size} from the Annuaire sample) built in ${(performance.now() - t).toFixed(0)} ms`);
  global.gc?.();
  console.log(`heap held by the table and its entries: about ${((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(0)} MB${global.gc ? "" : " (run node --expose-gc for a cleaner figure)"}`);

  const measure = (label: string, query: (i: number) => TableQuery) => {
    const samples: number[] = [];
    let hits = 0;
    for (let i = 0; i < RUNS; i += 1) {
      t = performance.now();
      hits += table.query(query(i), { first: 20 }).total;
      samples.push(performance.now() - t);
    }
    console.log(`${label.padEnd(44)} ${percentiles(samples)} (${(hits / RUNS).toFixed(0)} hits on average)`);
  };
  const point = (i: number) => ({ latitude: 43 + ((i * 37) % 80) / 10, longitude: -4 + ((i * 53) % 120) / 10 });
  measure("all, by name (first page)", () => ({}));
  measure("near me, 10 km", (i) => ({ near: { ...point(i), rayonKm: 10 }, order: "distance" }));
  measure("near me, 50 km", (i) => ({ near: { ...point(i), rayonKm: 50 }, order: "distance" }));
  measure("near me, 50 km, lycées with a formation", (i) => ({ near: { ...point(i), rayonKm: 50 }, order: "distance", where: { type: ["LYCEE"], formationId: [`FOR.${1 + (i % 400)}`] } }));
  measure("a formation's établissements, by name", (i) => ({ where: { formationId: [`FOR.${1 + (i % 400)}`] } }));
  const mots = ["lycee", "saint malo", "jean moulin", "lycée professionnel hotellerie", "blaise pascl", "colleg", "cfa", "orientation"];
  measure("text search", (i) => ({ text: mots[i % mots.length] }));
  measure("text search in a département", (i) => ({ text: mots[i % mots.length], where: { codeDepartement: ["35"] } }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
