import { ImportFormatError, readCsv, RecordWriter, type Importer } from "@prisme/common";
import type { RectoratModels } from "../../context";
import { INSERTIONS } from "../../insertion/insertion.model";
import { RapportParUai } from "../common/rapport-par-uai";
import { COLONNES, lireInsertion, millesimeDuFichier, type InsertionLue } from "./inserjeunes.parser";

/**
 * `inserjeunes`: DEPP InserJeunes rates per établissement, for the millésime named in the file name.
 * Every valid row is kept, whether or not its UAI is a stored établissement (the report says how many are not).
 */
export const inserjeunesImporter: Importer<RectoratModels> = {
  description: "DEPP InserJeunes per établissement (CSV `;`, voie pro or apprentissage); millésime from the file name (…_2022_2023_…)",
  async run(store, file, { progress, encoding }) {
    const report = new RapportParUai("inserjeunes", file);
    const millesime = millesimeDuFichier(file);
    if (!millesime) throw new ImportFormatError(file, "no millésime in the file name: name it as the DEPP does, e.g. …_2022_2023_….csv");
    const records = new Map<string, InsertionLue>();
    for await (const row of readCsv(file, { required: COLONNES, progress, label: "inserjeunes", rejects: report, encoding })) {
      report.read += 1;
      const lu = lireInsertion(row.values, millesime);
      if ("rejet" in lu) report.reject(`line ${row.line}`, lu.rejet);
      else if (records.has(lu._id)) report.reject(`line ${row.line}`, `${lu.uai} (${lu.population}) appears twice in the file; the first row is kept`);
      else records.set(lu._id, lu);
    }
    const provenance = { producteur: "DEPP", jeuDeDonnees: `InserJeunes ${millesime}` };
    await new RecordWriter(store.db, INSERTIONS, { provenance, counts: report, changes: store.changes, progress, label: "inserjeunes" }).write([...records.values()]);
    // Rows of schools the Annuaire has not given yet are kept: insertions(uai:) reaches them, and the établissement will.
    await report.compterSansEtablissement(store, [...records.values()]);
    return report;
  },
};
