import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { noProgress, type ImportReport } from "@prisme/common";
import type { OnisepModels } from "../context";
import { onisep } from "../definition";
import { sharedData } from "@prisme/testing";

export const ONISEP_DATA = sharedData("onisep");
export const ROME_DATA = sharedData("rome");
export const FORMATIONS_CSV = join(ONISEP_DATA, "ideo-formations_initiales_en_france.csv");
export const METIERS_XML = join(ONISEP_DATA, "ideo-metiers_onisep.xml");
export const ROME_FICHES = join(ROME_DATA, "rome_4.0_fiches.csv");
export const ROME_DOMAINES = join(ROME_DATA, "rome_domaines_professionnels.csv");
export const ROME_APPELLATIONS = join(ROME_DATA, "rome_4.0_appellations.csv");
export const METIERS_ROME_CSV = join(ONISEP_DATA, "romeMetier_onisep_rome.csv");
export const FICHES_FORMATIONS_JSON = join(ONISEP_DATA, "fiches_formations_onisep.json");

/** Runs one of the subgraph's importers as the CLI does, without progress output, then lets the read model catch up. */
export async function runImport(service: { models: OnisepModels; readModel: { refresh(): Promise<void> } }, source: string, file: string): Promise<ImportReport> {
  try {
    return await onisep.importers![source].run(service.models, file, { progress: noProgress });
  } finally {
    await service.readModel.refresh();
  }
}

/** A copy of a real file cut after `fraction` of its bytes (a failed download), in a temporary folder. */
export function truncatedCopy(file: string, fraction: number): string {
  const bytes = readFileSync(file);
  const path = join(mkdtempSync(join(tmpdir(), "onisep-")), `truncated-${file.split("/").pop()}`);
  writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length * fraction)));
  return path;
}

/** The figures of a report, for one expect(). */
export const counts = (report: ImportReport) => ({ read: report.read, created: report.created, updated: report.updated, unchanged: report.unchanged, rejected: report.rejectedCount });
