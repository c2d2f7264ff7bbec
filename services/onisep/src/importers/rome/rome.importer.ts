import { ImportFormatError, ImportReport, RecordWriter, type Importer } from "@prisme/common";
import type { OnisepModels } from "../../context";
import { readCsvRecords } from "../source-file";
import { romeFileKind } from "./rome.kinds";

export const ROME_PROVENANCE = { producteur: "France Travail", jeuDeDonnees: "ROME 4.0" };

/** `rome`: any of the ROME 4.0 files (fiches, appellations, domaines professionnels), recognised by its columns. */
export const romeImporter: Importer<OnisepModels> = {
  description: "ROME 4.0 (France Travail): rome_4.0_fiches.csv, rome_4.0_appellations.csv or rome_domaines_professionnels.csv, recognised by their columns",
  async run(store, file, { progress, encoding }) {
    const kind = await romeFileKind(file, encoding);
    const report = new ImportReport("rome", file);
    const rows = await readCsvRecords(file, kind.columns, { progress, label: kind.label, delimiter: kind.delimiter, rejects: report, encoding });
    const byKey = new Map<string, Record<string, unknown>>();
    for (const row of rows) {
      report.read += 1;
      const parsed = kind.parse(row.fields);
      if ("error" in parsed) report.reject(row.where, parsed.error);
      else if (byKey.has(kind.key(parsed.record))) report.reject(row.where, `${kind.key(parsed.record)} appears twice in the file; the first row is kept`);
      else byKey.set(kind.key(parsed.record), parsed.record);
    }
    if (rows.length > 0 && byKey.size === 0) throw new ImportFormatError(file, `none of its ${rows.length} rows could be read (first reason: ${report.rejections[0]?.reason})`);
    const writer = new RecordWriter(store.db, kind.collection, { provenance: ROME_PROVENANCE, counts: report, changes: store.changes, progress, label: kind.label });
    await writer.write([...byKey].map(([key, record]) => ({ _id: key, ...record })));
    return report;
  },
};
