import { ImportFormatError, ImportReport, readCsv, upsertByKey, type Importer } from "@prisme/common";
import type { RectoratModels } from "../../context";
import { terminer } from "../common/finish";
import { COLONNES, lireInsertion, millesimeDuFichier } from "./inserjeunes.parser";

/** `inserjeunes`: DEPP InserJeunes rates per établissement, for the millésime named in the file name. */
export const inserjeunesImporter: Importer<RectoratModels> = {
  description: "DEPP InserJeunes per établissement (CSV `;`, voie pro or apprentissage); millésime from the file name (…_2022_2023_…)",
  async run(models, file, { progress, encoding }) {
    const report = new ImportReport("inserjeunes", file);
    const millesime = millesimeDuFichier(file);
    if (!millesime) throw new ImportFormatError(file, "no millésime in the file name: name it as the DEPP does, e.g. …_2022_2023_….csv");
    const records: Record<string, unknown>[] = [];
    for await (const row of readCsv(file, { required: COLONNES, progress, label: "inserjeunes", rejects: report, encoding })) {
      report.read += 1;
      const lu = lireInsertion(row.values, millesime);
      if ("rejet" in lu) report.reject(`line ${row.line}`, lu.rejet as string);
      else records.push(lu);
    }
    for (let i = 0; i < records.length; i += 1000) {
      await upsertByKey(models.Insertion, "cle", records.slice(i, i + 1000), { producteur: "DEPP", jeuDeDonnees: `InserJeunes ${millesime}` }, report);
    }
    return terminer(models, report);
  },
};
