import { registerEnumType } from "type-graphql";

/** Which leavers an InserJeunes figure is about. */
export enum PopulationInsertion {
  /** Voie professionnelle of a lycée: all its leavers, school pupils and apprentices together. */
  VOIE_PRO_ENSEMBLE = "VOIE_PRO_ENSEMBLE",
  VOIE_PRO_SCOLAIRES = "VOIE_PRO_SCOLAIRES",
  VOIE_PRO_APPRENTIS = "VOIE_PRO_APPRENTIS",
  /** Apprentices of a CFA (the DEPP apprentissage file). */
  APPRENTISSAGE = "APPRENTISSAGE",
}

registerEnumType(PopulationInsertion, { name: "PopulationInsertion", description: "Leavers an InserJeunes indicator is computed on." });
