#!/usr/bin/env node
// Writes a deterministic LHEO feed on stdout: node services/carif-oref/dist/generator/cli.js --offres 50000 --seed 1 > feed.xml
import { parseArgs } from "node:util";
import { DEMO_REFERENTIELS } from "./referentiels.demo";
import { loadReferentiels } from "./referentiels";
import { writeFeed } from "./feed.generator";

const USAGE = `Usage: node services/carif-oref/dist/generator/cli.js --offres <n> [--seed <n>] [--version 2.2|2.3] [--data <dir>] [--departements 03,15,43,63] [--sans-multiples-de <k>] > feed.xml
  --data  a folder laid out like ../shared/data (rome/, carif-oref/certif_info.csv, region/laposte_hexasmal_2020.csv):
          ROME codes, Certif Info certifications and communes are drawn from it; without it, a small built-in set.`;

// `… | head` closes the pipe early: stop quietly rather than crash.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      offres: { type: "string" }, seed: { type: "string", default: "1" }, version: { type: "string", default: "2.3" }, data: { type: "string" },
      departements: { type: "string", default: "03,15,43,63" }, "sans-multiples-de": { type: "string", default: "0" }, help: { type: "boolean" },
    },
  });
  const offres = Number(values.offres);
  const seed = Number(values.seed);
  const skip = Number(values["sans-multiples-de"]);
  if (values.help || !Number.isInteger(offres) || offres < 1 || !Number.isInteger(seed) || !Number.isInteger(skip) || skip < 0 || (values.version !== "2.2" && values.version !== "2.3")) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const refs = values.data ? loadReferentiels(values.data, values.departements!.split(",")) : DEMO_REFERENTIELS;
  if (refs.communes.length === 0) throw new Error(`no commune with coordinates in départements ${values.departements} under ${values.data}`);
  const started = Date.now();
  const written = await writeFeed(process.stdout, refs, {
    offres, seed, version: values.version, sansMultiplesDe: skip,
    progress: (n) => process.stderr.write(`[generator] ${n}/${offres} offers, ${((Date.now() - started) / 1000).toFixed(1)} s\n`),
  });
  process.stderr.write(`[generator] ${written} offers written (seed ${seed}, LHEO ${values.version})\n`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`generator failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
