import type { MefDoc } from "../../mef/mef.model";
import { nombre, texte } from "../common/values";
import { cite } from "../common/cite";

const MEF = /^[0-9A-Z]{10}$/;
// Mostly digits, but some dispositifs carry a letter (23K00033501).
const MEF_STAT_11 = /^[0-9A-Z]{11}$/;
export const CFD = /^[0-9A-Z]{8}$/;

/** One N_MEF row, or why it is rejected. */
export function lireMef(values: Record<string, string>): Omit<MefDoc, "provenance"> | { rejet: string } {
  const mef = values.MEF.trim();
  const mefStat11 = values.MEF_STAT_11.trim();
  const cfd = values.FORMATION_DIPLOME.trim();
  if (!MEF.test(mef)) return { rejet: `MEF ${cite(mef)} is not a 10-character code` };
  if (!MEF_STAT_11.test(mefStat11)) return { rejet: `MEF_STAT_11 ${cite(mefStat11)} of ${mef} is not an 11-character code` };
  if (!CFD.test(cfd)) return { rejet: `FORMATION_DIPLOME ${cite(cfd)} of ${mef} is not an 8-character diploma code` };
  return {
    _id: mef,
    mefStat11,
    cfd,
    libelleCourt: texte(values.LIBELLE_COURT),
    libelleLong: texte(values.LIBELLE_LONG),
    dureeDispositif: nombre(values.DUREE_DISPOSITIF) ?? null,
    dateFermeture: texte(values.DATE_FERMETURE),
  };
}
