import { SourceOffre, StatutFormation } from "../../offre/offre.enum";
import { problemeOffre, type OffreLue } from "../common/offres";
import { colonne, nombre, plat } from "../common/values";
import { cite } from "../common/cite";

/** The columns of the constat de rentrée, by the names its exports give them (compared without accents or case). */
export interface ColonnesConstat {
  uai: string;
  mef: string;
  effectif: string;
  /** Absent from some extracts: the rentrée is then read from the file name. */
  rentree: string | null;
}

/** Finds the constat's columns in a header; a file without the UAI, MEF or headcount column is refused. */
export function colonnesConstat(path: string, header: string[]): ColonnesConstat {
  return {
    uai: colonne(path, header, ["UAI", "Numéro UAI", "numero_uai"], "UAI"),
    mef: colonne(path, header, ["Mef Bcp 11", "mef_bcp_11", "MEF_STAT_11", "MEFSTAT11"], "MEF BCP 11 (MEFSTAT11)"),
    effectif: colonne(path, header, ["Nombre d'élèves : Total", "Nombre d'élèves", "nombre_eleves_total", "effectif"], "headcount"),
    rentree: header.find((h) => ["rentree scolaire", "rentree_scolaire", "rentree"].includes(plat(h))) ?? null,
  };
}

/**
 * One row of the constat: the pupils of a school in a formation (MEF BCP 11, the BCN's MEFSTAT11)
 * at a rentrée, kept as what the school teaches under school status; or why it is rejected.
 */
export function lireConstat(values: Record<string, string>, cols: ColonnesConstat, rentreeDuFichier: number | null): OffreLue | { rejet: string } {
  const effectif = nombre(values[cols.effectif]);
  const rentree = cols.rentree ? nombre(values[cols.rentree]) : rentreeDuFichier;
  const offre: OffreLue = {
    source: SourceOffre.CONSTAT_RENTREE,
    uai: (values[cols.uai] ?? "").trim().toUpperCase(),
    mefStat11: (values[cols.mef] ?? "").trim(),
    statut: StatutFormation.SCOLAIRE,
    session: typeof rentree === "number" ? rentree : null,
    capacite: null,
    demandesPremierVoeu: null,
    voeuxConfirmes: null,
    effectif: typeof effectif === "number" ? effectif : null,
    libelle: null,
  };
  const probleme = problemeOffre(offre);
  if (probleme) return { rejet: probleme };
  if (typeof effectif !== "number" || effectif < 0 || !Number.isInteger(effectif)) return { rejet: `${offre.uai}: the headcount ${cite(values[cols.effectif])} is not a whole number` };
  if (cols.rentree && !(typeof rentree === "number" && Number.isInteger(rentree) && rentree >= 1900 && rentree <= 2100)) {
    return { rejet: `${offre.uai}: the rentrée ${cite(values[cols.rentree])} is not a year` };
  }
  return offre;
}
