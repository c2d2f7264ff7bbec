import { basename } from "node:path";
import { ImportFormatError, ImportReport, noProgress, readXmlItems, RecordWriter, type EncodingOption, type Importer, type ProgressSink, type Store } from "@prisme/common";
import { PASSAGES } from "../../passage/passage.model";
import { PASSAGE_FIELDS, parsePassage, type PassageRecord } from "./table-de-passage.parser";

const PROVENANCE = { producteur: "Onisep", jeuDeDonnees: "Table de passage codes certifications et formations" };

/**
 * Imports the Onisep table de passage (XML, one <item> per Certif Info certification with its RNCP,
 * CFD and FOR codes): read and checked whole first (a file of another format writes nothing), then
 * upserted by Certif Info code.
 */
export async function importTableDePassage(store: Store, path: string, progress: ProgressSink = noProgress, encoding?: EncodingOption): Promise<ImportReport> {
  const items = await readXmlItems(path, { progress, label: "table-de-passage", encoding });
  const first = items[0]?.fields;
  if (!first) throw new ImportFormatError(path, "no <item> record in the file");
  const missing = PASSAGE_FIELDS.filter((name) => !(name in first));
  if (missing.length) throw new ImportFormatError(path, `not the Onisep table de passage: its items have no ${missing.map((m) => `<${m}>`).join(", ")}`);
  const report = new ImportReport("table-de-passage-certifications", basename(path));
  const rows = new Map<string, PassageRecord>();
  for (const item of items) {
    report.read += 1;
    try {
      const row = parsePassage(item.fields);
      if (rows.has(row.codeCertifInfo)) throw new Error(`Certif Info ${row.codeCertifInfo} appears twice in the file; the first item is kept`);
      rows.set(row.codeCertifInfo, row);
    } catch (error) {
      report.reject(item.where, error instanceof Error ? error.message : String(error));
    }
  }
  const writer = new RecordWriter(store.db, PASSAGES, { provenance: PROVENANCE, counts: report, changes: store.changes, progress, label: "table-de-passage (writing)" });
  await writer.write([...rows.values()].map((row) => ({ _id: row.codeCertifInfo, ...row })));
  return report;
}

export const tableDePassageImporter: Importer<Store> = {
  description: "Onisep table de passage codes certifications et formations (XML: Certif Info ↔ RNCP ↔ CFD ↔ FOR), the links of Formation.certification and offresContinues",
  run: (store, file, { progress, encoding }) => importTableDePassage(store, file, progress, encoding),
};
