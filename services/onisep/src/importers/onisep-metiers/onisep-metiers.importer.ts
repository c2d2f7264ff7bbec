import { ImportFormatError, ImportReport, RecordWriter, type Importer } from "@prisme/common";
import type { OnisepModels } from "../../context";
import { METIERS } from "../../metier/metier.model";
import { isJsonFile, readJsonRecords } from "../source-file";
import { METIERS_FIELDS, mergeMetierRows } from "./onisep-metiers.parser";
import { readXmlItems } from "./xml-items";

export const METIERS_PROVENANCE = { producteur: "Onisep", jeuDeDonnees: "Idéo-Métiers Onisep" };

/** `onisep-metiers`: the Idéo-Métiers export (XML, one row per publication, or the API's JSON). */
export const onisepMetiersImporter: Importer<OnisepModels> = {
  description: "Onisep Idéo-Métiers (XML, or Onisep API JSON); rows of one MET id merge into one métier",
  async run(store, file, { progress, encoding }) {
    const report = new ImportReport("onisep-metiers", file);
    let rows;
    if (await isJsonFile(file)) rows = await readJsonRecords(file, METIERS_FIELDS, "Idéo-Métiers", encoding);
    else {
      rows = await readXmlItems(file, progress, "onisep-metiers", encoding);
      const first = rows[0]?.fields;
      const missing = first ? METIERS_FIELDS.filter((names) => !names.some((name) => name in first)) : [];
      if (!first) throw new ImportFormatError(file, "no <item> record in the file");
      if (missing.length) throw new ImportFormatError(file, `not an Idéo-Métiers export: its items have no ${missing.map((m) => `<${m[0]}>`).join(", ")}`);
    }
    report.read = rows.length;
    const metiers = mergeMetierRows(rows, (where, reason) => report.reject(where, reason));
    if (metiers.size === 0) throw new ImportFormatError(file, `none of its ${rows.length} records is a métier (first reason: ${report.rejections[0]?.reason})`);
    const writer = new RecordWriter(store.db, METIERS, { provenance: METIERS_PROVENANCE, counts: report, changes: store.changes, progress, label: "onisep-metiers" });
    await writer.write([...metiers.values()].map((record) => ({ _id: record.id as string, ...record })));
    return report;
  },
};
