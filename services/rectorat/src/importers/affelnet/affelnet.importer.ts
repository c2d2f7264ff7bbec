import { ImportReport, readCsv, type Importer } from "@prisme/common";
import type { RectoratModels } from "../../context";
import { SourceOffre, StatutFormation } from "../../offre/offre.enum";
import { MENJ } from "../common/producteurs";
import { problemeOffre, storeOffres, type OffreLue } from "../common/offres";
import { anneeDuFichier, nombre } from "../common/values";
import { cite } from "../common/cite";

const COLONNES = ["Etablissement d'accueil", "MEF STAT 11", "Statut Offre de formation", "Capacité carte scolaire", "Demandes vœux 1"];
const STATUTS: Record<string, StatutFormation> = { ST: StatutFormation.SCOLAIRE, AP: StatutFormation.APPRENTISSAGE };

/**
 * `affelnet`: capacities and first wishes per UAI × MEFSTAT11 (after 3e). An offer listed on
 * several lines (nb_apparitions_uai_mefstat > 1, e.g. one per family of métiers) shares one
 * capacity: it is kept once, with the first wishes of its lines added up.
 */
export const affelnetImporter: Importer<RectoratModels> = {
  description: "Affelnet capacities and first wishes (CSV `;`): offers per UAI × MEFSTAT11; the rentrée is read from the file name",
  async run(models, file, { progress, encoding }) {
    const report = new ImportReport("affelnet", file);
    const session = anneeDuFichier(file);
    const offres = new Map<string, OffreLue>();
    for await (const row of readCsv(file, { required: COLONNES, progress, label: "affelnet", rejects: report, encoding })) {
      report.read += 1;
      const v = row.values;
      const statut = STATUTS[v["Statut Offre de formation"].toUpperCase()];
      const [capacite, demandes] = [nombre(v["Capacité carte scolaire"]), nombre(v["Demandes vœux 1"])];
      const offre = { source: SourceOffre.AFFELNET, uai: v["Etablissement d'accueil"].toUpperCase(), mefStat11: v["MEF STAT 11"], statut, session, capacite: capacite ?? null, demandesPremierVoeu: demandes ?? null, voeuxConfirmes: null, libelle: null };
      const probleme = problemeOffre(offre) ?? (statut ? null : `statut ${cite(v["Statut Offre de formation"])} is neither ST nor AP`) ?? (capacite === undefined || demandes === undefined ? "capacity or first wishes is not a number" : null);
      if (probleme) {
        report.reject(`line ${row.line}`, probleme);
        continue;
      }
      const cle = `${offre.uai}:${offre.mefStat11}:${statut}`;
      const deja = offres.get(cle);
      if (deja) deja.demandesPremierVoeu = (deja.demandesPremierVoeu ?? 0) + (offre.demandesPremierVoeu ?? 0);
      else offres.set(cle, offre);
    }
    return storeOffres(models, [...offres.values()], { producteur: MENJ, jeuDeDonnees: `Affelnet: capacités et vœux 1${session ? ` ${session}` : ""}` }, report, progress);
  },
};
