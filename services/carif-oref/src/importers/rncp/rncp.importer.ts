import { basename } from "node:path";
import { ImportReport, noProgress, readCsv, RecordWriter, type EncodingOption, type Importer, type ProgressSink, type RejectionSink, type Store } from "@prisme/common";
import { FICHES_RNCP } from "../../certification/fiche-rncp.model";
import { locateRncpFiles } from "./rncp.files";
import { parseStandardRow, STANDARD_COLUMNS, type FicheRecord } from "./rncp.parser";

const PROVENANCE = { producteur: "France Compétences", jeuDeDonnees: "RNCP et RS (export open data)" };

/** Codes by fiche from a side file (Numero_Fiche; code column): small, read whole. */
async function codesByFiche(path: string | null, column: string, rejects: RejectionSink, encoding?: EncodingOption): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!path) return out;
  for await (const { values } of readCsv(path, { required: ["Numero_Fiche", column], label: "rncp", rejects, encoding })) {
    if (values[column]) out.set(values.Numero_Fiche, [...(out.get(values.Numero_Fiche) ?? []), values[column]]);
  }
  return out;
}

/**
 * Imports the France Compétences RNCP/RS export (Standard file, with its Rome and Formacode
 * side files): title, level and status of each fiche, by number. Everything is read and checked
 * before the first write, so a broken export is refused as a whole.
 */
export async function importRncp(store: Store, path: string, progress: ProgressSink = noProgress, encoding?: EncodingOption): Promise<ImportReport> {
  const files = locateRncpFiles(path);
  const report = new ImportReport("rncp", basename(files.standard));
  // A bad line of a side file is rejected under that file's name (its line numbers are its own).
  const sideFile = (file: string | null): RejectionSink => ({
    read: 0,
    reject: (where, reason) => {
      report.read += 1;
      report.reject(`${basename(file ?? "")} ${where}`, reason);
    },
  });
  const codes = {
    rome: await codesByFiche(files.rome, "Codes_Rome_Code", sideFile(files.rome), encoding),
    formacode: await codesByFiche(files.formacode, "Formacode_Code", sideFile(files.formacode), encoding),
  };
  for await (const row of readCsv(files.standard, { required: STANDARD_COLUMNS, progress, label: "rncp (checking)", rejects: "skip", encoding })) void row;
  const writer = new RecordWriter(store.db, FICHES_RNCP, { provenance: PROVENANCE, counts: report, changes: store.changes });
  let batch: FicheRecord[] = [];
  const flush = async () => {
    await writer.write(batch.map((record) => ({ _id: record.numero, ...record })));
    batch = [];
  };
  for await (const row of readCsv(files.standard, { required: STANDARD_COLUMNS, progress, label: "rncp (importing)", rejects: report, encoding })) {
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
  run: (models, file, { progress, encoding }) => importRncp(models, file, progress, encoding),
};
