import { open } from "node:fs/promises";
import { ImportFormatError, ImportReport, type Importer, upsertByKey } from "@prisme/common";
import type { Model } from "mongoose";
import type { OnisepModels } from "../../context";
import { markIndexStale } from "../../search/search-registry";
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
  async run(models, file, { progress, encoding }) {
    const header = await firstLine(file);
    let kind: { columns: string[]; delimiter: string; parse: (f: Record<string, string>) => Parsed; model: Model<never>; key: string; label: string };
    if (header.includes("code_domaine_professionnel")) {
      kind = { columns: DOMAINES_COLUMNS, delimiter: ";", parse: parseDomaineProfessionnel, model: models.DomaineProfessionnel as never, key: "code", label: "rome domaines" };
    } else if (header.includes("code_rome")) {
      kind = { columns: FICHES_COLUMNS, delimiter: ",", parse: parseFiche, model: models.Rome as never, key: "code", label: "rome fiches" };
    } else {
      throw new ImportFormatError(file, `not a ROME 4.0 file: its header has neither "code_rome" (fiches) nor "code_domaine_professionnel" (domaines professionnels)`);
    }
    const report = new ImportReport("rome", file);
    const rows = await readCsvRecords(file, kind.columns, { progress, label: kind.label, delimiter: kind.delimiter, rejects: report, encoding });
    const byCode = new Map<string, Record<string, unknown>>();
    for (const row of rows) {
      report.read += 1;
      const parsed = kind.parse(row.fields);
      if ("error" in parsed) report.reject(row.where, parsed.error);
      else if (byCode.has(parsed.record.code as string)) report.reject(row.where, `${String(parsed.record.code)} appears twice in the file; the first row is kept`);
      else byCode.set(parsed.record.code as string, parsed.record);
    }
    if (rows.length > 0 && byCode.size === 0) throw new ImportFormatError(file, `none of its ${rows.length} rows could be read (first reason: ${report.rejections[0]?.reason})`);
    await upsertByKey(kind.model, kind.key, [...byCode.values()], ROME_PROVENANCE, report, { sink: progress, label: kind.label });
    markIndexStale(models);
    return report;
  },
};
