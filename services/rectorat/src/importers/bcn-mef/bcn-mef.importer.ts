import { ImportReport, readCsv, upsertByKey, type Importer } from "@prisme/common";
import type { RectoratModels } from "../../context";
import { terminer } from "../common/finish";
import { lireMef } from "./bcn-mef.parser";

/** `bcn-mef`: the BCN N_MEF table, which decodes Affelnet/Parcoursup MEFSTAT11 codes to diplomas (CFD). */
export const bcnMefImporter: Importer<RectoratModels> = {
  description: "BCN table N_MEF (CSV `;`): MEF and MEFSTAT11 codes → diploma (CFD) and label",
  async run(models, file, { progress, encoding }) {
    const report = new ImportReport("bcn-mef", file);
    const records: Record<string, unknown>[] = [];
    for await (const row of readCsv(file, { quotes: "relaxed", required: ["MEF", "FORMATION_DIPLOME", "MEF_STAT_11"], progress, label: "bcn-mef", rejects: report, encoding })) {
      report.read += 1;
      const lu = lireMef(row.values);
      if ("rejet" in lu) report.reject(`line ${row.line}`, lu.rejet as string);
      else records.push(lu);
    }
    for (let i = 0; i < records.length; i += 1000) {
      await upsertByKey(models.Mef, "mef", records.slice(i, i + 1000), { producteur: "DEPP — Base centrale des nomenclatures", jeuDeDonnees: "BCN N_MEF" }, report);
    }
    return terminer(models, report);
  },
};
