import type { Provenance } from "@prisme/common";

/** The collection of BCN N_MEF rows, keyed by their MEF code. */
export const MEFS = "mefs";

/**
 * A row of the BCN N_MEF table: a module of formation (MEF) and the diploma (CFD) it leads to.
 * Keyed by MEF, the table's own key, not by MEFSTAT11 (what offers give): the BCN gives one
 * MEFSTAT11 to two MEFs of different diplomas (32710013401: the DN MADE of diploma 32113401,
 * closed in 2019, and of 24113401, closed in 2024), and keying by MEFSTAT11 would drop one. The read model decodes a MEFSTAT11 with the
 * most recent of its MEFs (mef-stat11.ts).
 */
export interface MefDoc {
  _id: string;
  mefStat11: string;
  /** FORMATION_DIPLOME: the diploma code (CFD), the join with Certif Info and Onisep. */
  cfd: string;
  libelleCourt: string | null;
  libelleLong: string | null;
  dureeDispositif: number | null;
  /** As the BCN writes it: DD/MM/YYYY, null while open. */
  dateFermeture: string | null;
  provenance?: Provenance;
}
