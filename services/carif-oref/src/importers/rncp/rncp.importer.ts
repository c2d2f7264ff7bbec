import { basename } from "node:path";
import { ImportReport, noProgress, readCsv, RecordWriter, type Importer, type ProgressSink, type Store } from "@prisme/common";
import { FICHES_RNCP } from "../../certification/fiche-rncp.model";
import { locateRncpFiles } from "./rncp.files";
import { parseStandardRow, STANDARD_COLUMNS, type FicheRecord } from "./rncp.parser";

const PROVENANCE = { producteur: "France Compétences", jeuDeDonnees: "RNCP et RS (export open data)" };

/** Codes by fiche from a side file (Numero_Fiche; code column): small, read whole. */
async function codesByFiche(path: string | null, column: string): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!path) return out;
  for await (const { values } of readCsv(path, { required: ["Numero_Fiche", column], label: "rncp" })) {
    if (values[column]) out.set(values.Numero_Fiche, [...(out.get(values.Numero_Fiche) ?? []), values[column]]);
  }
  return out;
}

/**
 * Imports the France Compétences RNCP/RS export (Standard file, with its Rome and Formacode
 * side files): title, level and status of each fiche, by number. Everything is read and checked
 * before the first write, so a broken export is refused as a whole.
 */
export async function importRncp(store: Store, path: string, progress: ProgressSink = noProgress): Promise<ImportReport> {
  const files = locateRncpFiles(path);
  const codes = { rome: await codesByFiche(files.rome, "Codes_Rome_Code"), formacode: await codesByFiche(files.formacode, "Formacode_Code") };
  for await (const row of readCsv(files.standard, { required: STANDARD_COLUMNS, progress, label: "rncp (checking)" })) void row;
  const report = new ImportReport("rncp", basename(files.standard));
  const writer = new RecordWriter(store.db, FICHES_RNCP, { provenance: PROVENANCE, counts: report, changes: store.changes });
  let batch: FicheRecord[] = [];
  const flush = async () => {
    await writer.write(batch.map((record) => ({ _id: record.numero, ...record })));
    batch = [];
  };
  for await (const row of readCsv(files.standard, { required: STANDARD_COLUMNS, progress, label: "rncp (importing)" })) {
    report.read += 1;
    try {
      batch.push(parseStandardRow(row, codes));
    } catch (error) {
      report.reject(`line ${row.line}`, error instanceof Error ? error.message : String(error));
    }
    if (batch.length >= 1000) await flush();
  }
  await flush();
  return report;
}

export const rncpImporter: Importer<Store> = {
  description: "France Compétences RNCP/RS export (folder, or its export_fiches_CSV_Standard_<date>.csv): title, level, status",
  run: (models, file, { progress }) => importRncp(models, file, progress),
};
