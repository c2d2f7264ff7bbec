import type { Provenance } from "@prisme/common";

/** The RNCP/RS fiches, keyed by number. */
export const FICHES_RNCP = "fiches_rncp";

/** An RNCP (or RS) fiche of the France Compétences export, keyed by its number (RNCP37537 → "37537" for RNCP; RS kept whole). */
export interface FicheRncpDoc {
  _id: string;
  numero: string;
  intitule: string;
  /** European level (NIV3 → "3"); null when the fiche has none (RS, REPRISE). */
  niveau: string | null;
  actif: boolean;
  typeEnregistrement: string | null;
  dateFinEnregistrement: string | null;
  codesRome: string[];
  formacodes: string[];
  provenance: Provenance;
}
