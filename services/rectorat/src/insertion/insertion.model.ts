import type { Provenance } from "@prisme/common";
import type { PopulationInsertion } from "./insertion.enum";

/** The collection of InserJeunes indicators, keyed by UAI, millésime and population. */
export const INSERTIONS = "insertions";

/** InserJeunes indicators of one établissement, for one millésime and population (DEPP). */
export interface InsertionDoc {
  /** Natural key: `${uai}:${millesime}:${population}` (see `cleInsertion`). */
  _id: string;
  uai: string;
  /** Two school years the cohort covers, e.g. "2022-2023". */
  millesime: string;
  population: PopulationInsertion;
  libelleEtablissement: string | null;
  tauxPoursuiteEtudes: number | null;
  tauxEmploi6Mois: number | null;
  tauxEmploi6MoisAttendu: number | null;
  valeurAjoutee: number | null;
  partPoursuiteEtudes: number | null;
  partEmploi6Mois: number | null;
  partAutresSituations: number | null;
  provenance: Provenance;
}

/** The natural key of an indicator row. */
export const cleInsertion = (uai: string, millesime: string, population: PopulationInsertion) => `${uai}:${millesime}:${population}`;
