/** The transitions a métier is flagged for, through its ROME fiches in the Onisep table métiers ↔ ROME. */
export interface TransitionsDoc {
  ecologique: boolean;
  /** EMPLOI_VERT, EMPLOI_STRATEGIQUE, as published. */
  typesEcologique: string[];
  numerique: boolean;
  demographique: boolean;
}
