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

registerEnumType(PopulationInsertion, {
  name: "PopulationInsertion",
  description: "Les sortants sur lesquels un indicateur InserJeunes est calculé.",
  valuesConfig: {
    VOIE_PRO_ENSEMBLE: { description: "Voie professionnelle d'un lycée : tous ses sortants, élèves et apprentis ensemble." },
    VOIE_PRO_SCOLAIRES: { description: "Voie professionnelle d'un lycée : ses sortants sous statut scolaire seulement." },
    VOIE_PRO_APPRENTIS: { description: "Voie professionnelle d'un lycée : ses apprentis seulement." },
    APPRENTISSAGE: { description: "Les apprentis d'un centre de formation d'apprentis (CFA), d'après le fichier apprentissage de la DEPP." },
  },
});
