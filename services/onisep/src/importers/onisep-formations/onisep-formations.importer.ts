import { ImportFormatError, ImportReport, RecordWriter, type Importer } from "@prisme/common";
import type { OnisepModels } from "../../context";
import { FORMATIONS } from "../../formation/formation.model";
import { isJsonFile, readCsvRecords, readJsonRecords } from "../source-file";
import { FORMATIONS_CSV_COLUMNS, FORMATIONS_JSON_FIELDS, parseFormation } from "./onisep-formations.parser";

export const FORMATIONS_PROVENANCE = { producteur: "Onisep", jeuDeDonnees: "Idéo-Formations initiales en France" };

/** `onisep-formations`: the Idéo-Formations initiales export (CSV `;` with BOM, or the API's JSON). */
export const onisepFormationsImporter: Importer<OnisepModels> = {
  description: "Onisep Idéo-Formations initiales en France (CSV ; with BOM, or Onisep API JSON)",
  async run(store, file, { progress, encoding }) {
    const report = new ImportReport("onisep-formations", file);
    const rows = (await isJsonFile(file))
      ? await readJsonRecords(file, FORMATIONS_JSON_FIELDS, "Idéo-Formations", encoding)
      : await readCsvRecords(file, FORMATIONS_CSV_COLUMNS, { progress, label: "onisep-formations", rejects: report, encoding });
    const byId = new Map<string, Record<string, unknown>>();
    for (const row of rows) {
      report.read += 1;
      const parsed = parseFormation(row.fields);
      if ("error" in parsed) report.reject(row.where, parsed.error);
      else if (byId.has(parsed.record.id as string)) report.reject(row.where, `${String(parsed.record.id)} appears twice in the file; the first row is kept`);
      else byId.set(parsed.record.id as string, parsed.record);
    }
    // A file of which nothing maps is not an Idéo-Formations export, whatever its columns say.
    if (rows.length > 0 && byId.size === 0) throw new ImportFormatError(file, `none of its ${rows.length} rows is a formation (first reason: ${report.rejections[0]?.reason})`);
    const writer = new RecordWriter(store.db, FORMATIONS, { provenance: FORMATIONS_PROVENANCE, counts: report, changes: store.changes, progress, label: "onisep-formations" });
    await writer.write([...byId.values()].map((record) => ({ _id: record.id as string, ...record })));
    return report;
  },
};
