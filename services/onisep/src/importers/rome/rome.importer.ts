import { open } from "node:fs/promises";
import { ImportFormatError, ImportReport, RecordWriter, type Importer } from "@prisme/common";
import type { OnisepModels } from "../../context";
import { DOMAINES_PROFESSIONNELS, ROMES } from "../../rome/rome.model";
import { readCsvRecords } from "../source-file";
import { DOMAINES_COLUMNS, FICHES_COLUMNS, parseDomaineProfessionnel, parseFiche, type Parsed } from "./rome.parser";

export const ROME_PROVENANCE = { producteur: "France Travail", jeuDeDonnees: "ROME 4.0" };

async function firstLine(path: string): Promise<string> {
  const handle = await open(path, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(1024), 0, 1024, 0);
    return buffer.subarray(0, bytesRead).toString("utf8").replace(/^\uFEFF/, "").split(/\r?\n/)[0];
  } finally {
    await handle.close();
  }
}

/** `rome`: either ROME 4.0 file, told apart by its header (fiches: `,`-separated; domaines professionnels: `;`). */
export const romeImporter: Importer<OnisepModels> = {
  description: "ROME 4.0 (France Travail): rome_4.0_fiches.csv or rome_domaines_professionnels.csv",
  async run(store, file, { progress }) {
    const header = await firstLine(file);
    let kind: { columns: string[]; delimiter: string; parse: (f: Record<string, string>) => Parsed; collection: string; label: string };
    if (header.includes("code_domaine_professionnel")) {
      kind = { columns: DOMAINES_COLUMNS, delimiter: ";", parse: parseDomaineProfessionnel, collection: DOMAINES_PROFESSIONNELS, label: "rome domaines" };
    } else if (header.includes("code_rome")) {
      kind = { columns: FICHES_COLUMNS, delimiter: ",", parse: parseFiche, collection: ROMES, label: "rome fiches" };
    } else {
      throw new ImportFormatError(file, `not a ROME 4.0 file: its header has neither "code_rome" (fiches) nor "code_domaine_professionnel" (domaines professionnels)`);
    }
    const report = new ImportReport("rome", file);
    const rows = await readCsvRecords(file, kind.columns, progress, kind.label, kind.delimiter);
    const byCode = new Map<string, Record<string, unknown>>();
    for (const row of rows) {
      report.read += 1;
      const parsed = kind.parse(row.fields);
      if ("error" in parsed) report.reject(row.where, parsed.error);
      else if (byCode.has(parsed.record.code as string)) report.reject(row.where, `${String(parsed.record.code)} appears twice in the file; the first row is kept`);
      else byCode.set(parsed.record.code as string, parsed.record);
    }
    if (rows.length > 0 && byCode.size === 0) throw new ImportFormatError(file, `none of its ${rows.length} rows could be read (first reason: ${report.rejections[0]?.reason})`);
    const writer = new RecordWriter(store.db, kind.collection, { provenance: ROME_PROVENANCE, counts: report, changes: store.changes, progress, label: kind.label });
    await writer.write([...byCode.values()].map((record) => ({ _id: record.code as string, ...record })));
    return report;
  },
};
