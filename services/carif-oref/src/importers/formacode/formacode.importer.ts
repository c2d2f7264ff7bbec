import { basename } from "node:path";
import { ImportFormatError, ImportReport, noProgress, readCsv, RecordWriter, type EncodingOption, type Importer, type ProgressSink, type Store } from "@prisme/common";
import { FORMACODES } from "../../formacode/formacode.model";
import { FORMACODE_COLUMNS, FORMACODE_MIN_FIELDS, parseFormacodeRow, type FormacodeRecord } from "./formacode.parser";

const PROVENANCE = { producteur: "Centre Inffo", jeuDeDonnees: "Formacode v8" };

/**
 * Imports the Formacode thesaurus export (CSV `;` without a header line, a few thousand terms):
 * the whole file is read and checked first (a file of another format writes nothing), then the
 * terms are upserted by code.
 */
export async function importFormacode(store: Store, path: string, progress: ProgressSink = noProgress, encoding?: EncodingOption): Promise<ImportReport> {
  const report = new ImportReport("formacode", basename(path));
  const terms = new Map<string, FormacodeRecord>();
  for await (const row of readCsv(path, { required: [], columns: FORMACODE_COLUMNS, minFields: FORMACODE_MIN_FIELDS, quotes: "none", progress, label: "formacode", rejects: report, encoding })) {
    report.read += 1;
    try {
      const term = parseFormacodeRow(row);
      if (terms.has(term.code)) throw new Error(`${term.code} appears twice in the file; the first line is kept`);
      terms.set(term.code, term);
    } catch (error) {
      // A file whose first line is no Formacode term is another file, not a Formacode export with a bad line.
      if (row.line === 1) throw new ImportFormatError(path, `not a Formacode export: line 1 should start with a five-digit code and its libellé (${error instanceof Error ? error.message : String(error)})`);
      report.reject(`line ${row.line}`, error instanceof Error ? error.message : String(error));
    }
  }
  if (terms.size === 0) throw new ImportFormatError(path, `not a Formacode export: none of its ${report.read} lines is a Formacode term (first reason: ${report.rejections[0]?.reason ?? "the file is empty"})`);
  const writer = new RecordWriter(store.db, FORMACODES, { provenance: PROVENANCE, counts: report, changes: store.changes, progress, label: "formacode (writing)" });
  await writer.write([...terms.values()].map((term) => ({ _id: term.code, ...term })));
  return report;
}

export const formacodeImporter: Importer<Store> = {
  description: "Formacode thesaurus of Centre Inffo (CSV ; without a header line: code, libellé, champ sémantique, generic and specific terms, definition…)",
  run: (store, file, { progress, encoding }) => importFormacode(store, file, progress, encoding),
};
