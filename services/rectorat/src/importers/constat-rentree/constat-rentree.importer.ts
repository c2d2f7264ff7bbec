import { readCsv, type Importer } from "@prisme/common";
import type { RectoratModels } from "../../context";
import { MENJ } from "../common/producteurs";
import { storeOffres, type OffreLue } from "../common/offres";
import { RapportParUai } from "../common/rapport-par-uai";
import { anneeDuFichier, lireEntete } from "../common/values";
import { colonnesConstat, lireConstat } from "./constat-rentree.parser";

/**
 * `constat-rentree`: the pupils enrolled per school and formation (UAI × MEF BCP 11) at a rentrée.
 * What a school teaches where Affelnet and Parcoursup say nothing (every year of a course, the
 * formations with no admission on a platform), with its headcount: stored as offers of their own
 * source, decoded to Onisep formations by the read model like the others. A UAI × MEF given for
 * several rentrées keeps the latest; the report counts the rows of schools not known yet.
 */
export const constatRentreeImporter: Importer<RectoratModels> = {
  description: "Constat de rentrée (CSV `;`): pupils per UAI × MEF BCP 11 (MEFSTAT11) at a rentrée; what each school teaches, with its headcount",
  async run(store, file, { progress, encoding }) {
    const report = new RapportParUai("constat-rentree", file);
    // The columns are found before any row is read: a file of another format is refused whole.
    const cols = colonnesConstat(file, await lireEntete(file, { encoding }));
    const rentreeDuFichier = anneeDuFichier(file);
    const offres = new Map<string, OffreLue & { line: number }>();
    for await (const row of readCsv(file, { required: [cols.uai, cols.mef, cols.effectif], progress, label: "constat-rentree", rejects: report, encoding })) {
      report.read += 1;
      const lu = lireConstat(row.values, cols, rentreeDuFichier);
      if ("rejet" in lu) {
        report.reject(`line ${row.line}`, lu.rejet);
        continue;
      }
      const cle = `${lu.uai}:${lu.mefStat11}`;
      const deja = offres.get(cle);
      if (!deja) offres.set(cle, { ...lu, line: row.line });
      else if (deja.session === lu.session) report.reject(`line ${row.line}`, `${lu.uai} × ${lu.mefStat11} (rentrée ${lu.session}) is already on line ${deja.line}; the first is kept`);
      else {
        // One record per UAI × MEF: the latest rentrée is kept, the other line is counted out.
        const [recente, ancienne] = (lu.session ?? 0) > (deja.session ?? 0) ? [{ ...lu, line: row.line }, deja] : [deja, { ...lu, line: row.line }];
        offres.set(cle, recente);
        report.reject(`line ${ancienne.line}`, `${lu.uai} × ${lu.mefStat11}: rentrée ${ancienne.session} is older than the ${recente.session} of line ${recente.line}, which is kept`);
      }
    }
    const rentrees = [...new Set([...offres.values()].map((o) => o.session).filter((s) => s !== null))].sort();
    const kept = [...offres.values()].map(({ line: _line, ...offre }) => offre);
    await storeOffres(store, kept, { producteur: MENJ, jeuDeDonnees: `Constat de rentrée${rentrees.length ? ` ${rentrees.join(", ")}` : ""}` }, report, progress);
    await report.compterSansEtablissement(store, kept);
    return report;
  },
};
