import { ImportReport, readCsv, type Importer } from "@prisme/common";
import type { RectoratModels } from "../../context";
import { SourceOffre, StatutFormation } from "../../offre/offre.enum";
import { problemeOffre, storeOffres, type OffreLue } from "../common/offres";
import { anneeDuFichier, nombre, plat, texte } from "../common/values";
import { cite } from "../common/cite";

const COLONNES = ["UAI", "MEFSTAT11", "STATUT", "CAPACITEPSUP", "NB_VOEUX_CONFIRMES"];

/** `parcoursup`: capacities and confirmed wishes per UAI × MEFSTAT11 (after the bac). */
export const parcoursupImporter: Importer<RectoratModels> = {
  description: "Parcoursup capacities and confirmed wishes (CSV `;`): offers per UAI × MEFSTAT11; the year is read from the file name",
  async run(models, file, { progress, encoding }) {
    const report = new ImportReport("parcoursup", file);
    const session = anneeDuFichier(file);
    const offres = new Map<string, OffreLue>();
    for await (const row of readCsv(file, { required: COLONNES, progress, label: "parcoursup", rejects: report, encoding })) {
      report.read += 1;
      const v = row.values;
      const statut = plat(v.STATUT) === "apprentissage" ? StatutFormation.APPRENTISSAGE : plat(v.STATUT) === "scolaire" ? StatutFormation.SCOLAIRE : undefined;
      const [capacite, voeux] = [nombre(v.CAPACITEPSUP), nombre(v.NB_VOEUX_CONFIRMES)];
      const offre: OffreLue = { source: SourceOffre.PARCOURSUP, uai: v.UAI.toUpperCase(), mefStat11: v.MEFSTAT11, statut: statut!, session, capacite: capacite ?? null, demandesPremierVoeu: null, voeuxConfirmes: voeux ?? null, libelle: texte(v["LIBELLÉFORMATION"]) };
      const probleme = problemeOffre(offre) ?? (statut ? null : `STATUT ${cite(v.STATUT)} is neither Scolaire nor Apprentissage`) ?? (capacite === undefined || voeux === undefined ? "CAPACITEPSUP or NB_VOEUX_CONFIRMES is not a number" : null);
      if (probleme) report.reject(`line ${row.line}`, probleme);
      else offres.set(`${offre.uai}:${offre.mefStat11}:${statut}`, offre);
    }
    return storeOffres(models, [...offres.values()], { producteur: "Ministère de l'Enseignement supérieur et de la Recherche", jeuDeDonnees: `Parcoursup: capacités et vœux${session ? ` ${session}` : ""}` }, report, progress);
  },
};
