import { ImportReport, readCsv, RecordWriter, type Importer } from "@prisme/common";
import type { RectoratModels } from "../../context";
import { MEFS, type MefDoc } from "../../mef/mef.model";
import { lireMef } from "./bcn-mef.parser";

/** `bcn-mef`: the BCN N_MEF table, which decodes Affelnet/Parcoursup MEFSTAT11 codes to diplomas (CFD). */
export const bcnMefImporter: Importer<RectoratModels> = {
  description: "BCN table N_MEF (CSV `;`): MEF and MEFSTAT11 codes → diploma (CFD) and label",
  async run(store, file, { progress, encoding }) {
    const report = new ImportReport("bcn-mef", file);
    const records = new Map<string, Omit<MefDoc, "provenance">>();
    for await (const row of readCsv(file, { quotes: "relaxed", required: ["MEF", "FORMATION_DIPLOME", "MEF_STAT_11"], progress, label: "bcn-mef", rejects: report, encoding })) {
      report.read += 1;
      const lu = lireMef(row.values);
      if ("rejet" in lu) report.reject(`line ${row.line}`, lu.rejet);
      else if (records.has(lu._id)) report.reject(`line ${row.line}`, `MEF ${lu._id} appears twice in the file; the first row is kept`);
      else records.set(lu._id, lu);
    }
    const provenance = { producteur: "DEPP — Base centrale des nomenclatures", jeuDeDonnees: "BCN N_MEF" };
    await new RecordWriter(store.db, MEFS, { provenance, counts: report, changes: store.changes, progress, label: "bcn-mef" }).write([...records.values()]);
    return report;
  },
};
