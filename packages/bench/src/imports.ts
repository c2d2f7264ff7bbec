import { join } from "node:path";
import { runChild } from "./processes";

/** Every real sample file of ../shared/data the platform imports, by source, in an order that suits their links. */
export const REAL_FILES: [source: string, file: string][] = [
  ["codes-postaux", "region/laposte_hexasmal_2020.csv"],
  ["structures-milo", "region/pass-emploi_referentiel_structures_milo.json"],
  ["agences-france-travail", "region/pass-emploi_agences_pe.json"],
  ["mission-locale-couverture", "region/missions_locales_zones_de_couverture_sample.csv"],
  ["onisep-metiers", "onisep/ideo-metiers_onisep.xml"],
  ["onisep-formations", "onisep/ideo-formations_initiales_en_france.csv"],
  ["rome", "rome/rome_4.0_fiches.csv"],
  ["rome", "rome/rome_domaines_professionnels.csv"],
  ["certif-info", "carif-oref/certif_info.csv"],
  ["rncp", "carif-oref/rncp"],
  ["lheo-delta", "carif-oref/lheo/lheo-schema_exemple-bts-onisep.xml"],
  ["annuaire", "rectorat/fr-en-annuaire-education_extract_dep35.csv"],
  ["adresse-geolocalisation", "rectorat/fr-en-adresse-et-geolocalisation_colleges_auvergne.csv"],
  ["adresse-geolocalisation", "rectorat/fr-en-adresse-et-geolocalisation-etablissements_extract_dep35.csv"],
  ["bcn-mef", "rectorat/bcn_n_mef.csv"],
  ["cfd-onisep", "carif-oref/certif_info.csv"],
  ["affelnet", "rectorat/affelnet_attractivite_capacite_2022_auvergne.csv"],
  ["parcoursup", "rectorat/parcoursup_bts_attractivite_capacite_2024_auvergne.csv"],
  ["inserjeunes", "rectorat/inserjeunes_depp_etablissements_2022_2023_voie_pro_auvergne.csv"],
  ["inserjeunes", "rectorat/inserjeunes_depp_etablissements_2022_2023_apprentissage_auvergne.csv"],
];

export interface ImportRun {
  source: string;
  file: string;
  seconds: number;
  read: number;
  perSecond: number;
  peakMb: number | null;
  summary: string;
}

/** Runs one import through the CLI, as a user does, and measures it. */
export async function runImport(root: string, env: NodeJS.ProcessEnv, source: string, file: string, progress: (line: string) => void = () => undefined): Promise<ImportRun> {
  const { ms, peakMb, output } = await runChild(join(root, "packages/platform/dist/import.js"), [source, file], env, progress, ["--max-old-space-size=384"]);
  const summary = output.split("\n").find((line) => /: read \d+/.test(line)) ?? output.trim().split("\n").pop() ?? "";
  const read = Number(/: read (\d+)/.exec(summary)?.[1] ?? 0);
  return { source, file: file.split("/").pop()!, seconds: ms / 1000, read, perSecond: read / (ms / 1000), peakMb, summary };
}

/** The import runs as a table. */
export function importTable(runs: ImportRun[]): string {
  const lines = [`${"source".padEnd(26)} ${"file".padEnd(58)} ${"records".padStart(8)} ${"s".padStart(7)} ${"rec/s".padStart(8)} ${"peak RSS".padStart(9)}`];
  for (const run of runs) {
    lines.push(
      `${run.source.padEnd(26)} ${run.file.slice(0, 58).padEnd(58)} ${String(run.read).padStart(8)} ${run.seconds.toFixed(1).padStart(7)} ${Math.round(run.perSecond).toString().padStart(8)} ${run.peakMb === null ? "?".padStart(9) : `${run.peakMb} MB`.padStart(9)}`,
    );
  }
  return lines.join("\n");
}
