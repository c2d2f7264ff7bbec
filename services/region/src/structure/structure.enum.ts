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

/** What a front end shows for each network (facet labels). */
export const LIBELLES_TYPE_STRUCTURE: Record<TypeStructure, string> = {
  CIO: "Centre d'information et d'orientation (CIO)",
  MISSION_LOCALE: "Mission locale",
  FRANCE_TRAVAIL: "Agence France Travail",
  CAP_EMPLOI: "Cap emploi",
  PIJ: "Point information jeunesse",
  CITE_DES_METIERS: "Cité des métiers",
  CHAMBRE_CONSULAIRE: "Chambre consulaire",
  AUTRE: "Autre structure",
};

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

/** What a front end shows for each public (facet labels). */
export const LIBELLES_PUBLIC: Record<PublicStructure, string> = {
  JEUNES_16_25: "Jeunes de 16 à 25 ans",
  ADULTES: "Adultes",
  PERSONNES_EN_SITUATION_DE_HANDICAP: "Personnes en situation de handicap",
  SCOLAIRES: "Élèves (collège, lycée)",
  ETUDIANTS: "Étudiants",
  DEMANDEURS_D_EMPLOI: "Demandeurs d'emploi",
  SALARIES: "Salariés",
};

/** Each value described by its label (with a word more where the label is not enough). */
const decrire = <K extends string>(libelles: Record<K, string>, precisions: Partial<Record<K, string>> = {}) =>
  Object.fromEntries(Object.entries<string>(libelles).map(([value, libelle]) => [value, { description: precisions[value as K] ?? `${libelle}.` }])) as Record<K, { description: string }>;

registerEnumType(TypeStructure, {
  name: "TypeStructure",
  description: "Réseau d'une structure membre du service public régional de l'orientation (SPRO).",
  valuesConfig: decrire(LIBELLES_TYPE_STRUCTURE, {
    FRANCE_TRAVAIL: "Agence France Travail (ex-Pôle emploi).",
    CHAMBRE_CONSULAIRE: "Chambre consulaire : chambre de commerce et d'industrie, des métiers et de l'artisanat, d'agriculture.",
    AUTRE: "Autre structure du SPRO.",
  }),
});
registerEnumType(PublicStructure, {
  name: "PublicStructure",
  description: "Un public qu'une structure accueille, ou à qui un événement s'adresse.",
  valuesConfig: decrire(LIBELLES_PUBLIC, { SCOLAIRES: "Élèves de collège et de lycée." }),
});

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

registerEnumType(JourSemaine, {
  name: "JourSemaine",
  description: "Un jour de la semaine, pour les horaires d'ouverture.",
  valuesConfig: decrire({ LUNDI: "Lundi", MARDI: "Mardi", MERCREDI: "Mercredi", JEUDI: "Jeudi", VENDREDI: "Vendredi", SAMEDI: "Samedi", DIMANCHE: "Dimanche" }),
});
