import { registerEnumType } from "type-graphql";

/** The networks of the service public régional de l'orientation (SPRO). */
export enum TypeStructure {
  CIO = "CIO",
  MISSION_LOCALE = "MISSION_LOCALE",
  FRANCE_TRAVAIL = "FRANCE_TRAVAIL",
  CAP_EMPLOI = "CAP_EMPLOI",
  PIJ = "PIJ",
  CITE_DES_METIERS = "CITE_DES_METIERS",
  CHAMBRE_CONSULAIRE = "CHAMBRE_CONSULAIRE",
  AUTRE = "AUTRE",
}

/** Who a structure receives. */
export enum PublicStructure {
  JEUNES_16_25 = "JEUNES_16_25",
  ADULTES = "ADULTES",
  PERSONNES_EN_SITUATION_DE_HANDICAP = "PERSONNES_EN_SITUATION_DE_HANDICAP",
  SCOLAIRES = "SCOLAIRES",
  ETUDIANTS = "ETUDIANTS",
  DEMANDEURS_D_EMPLOI = "DEMANDEURS_D_EMPLOI",
  SALARIES = "SALARIES",
}

registerEnumType(TypeStructure, { name: "TypeStructure", description: "Network of a SPRO member structure." });
registerEnumType(PublicStructure, { name: "PublicStructure", description: "A public a structure receives." });

/** A day of the week, for opening hours. */
export enum JourSemaine {
  LUNDI = "LUNDI",
  MARDI = "MARDI",
  MERCREDI = "MERCREDI",
  JEUDI = "JEUDI",
  VENDREDI = "VENDREDI",
  SAMEDI = "SAMEDI",
  DIMANCHE = "DIMANCHE",
}

registerEnumType(JourSemaine, { name: "JourSemaine", description: "A day of the week." });
