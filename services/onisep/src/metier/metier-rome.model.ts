import type { Provenance } from "@prisme/common";

/** The Onisep table métiers ↔ ROME with the transition flags, keyed by ROME code. */
export const METIERS_ROME = "metiers_rome";

/** A ROME fiche as the Onisep table métiers ↔ ROME flags it, with the Onisep métiers it links. */
export interface MetierRomeDoc {
  _id: string;
  codeRome: string;
  libelleRome: string | null;
  transitionEcologique: boolean;
  /** EMPLOI_VERT, EMPLOI_STRATEGIQUE, as published; null when not flagged. */
  typeTransitionEcologique: string | null;
  transitionNumerique: boolean;
  transitionDemographique: boolean;
  /** The Onisep métiers of the fiche (MET id and libellé); none for a fiche no métier points to. */
  metiers: { id: string; libelle: string }[];
  provenance: Provenance;
}
