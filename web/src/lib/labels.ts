// French labels of the graph's enum values, as a person reads them.

export const TYPE_ETABLISSEMENT = {
  ECOLE: "École",
  COLLEGE: "Collège",
  LYCEE: "Lycée",
  EREA: "EREA",
  CIO: "Centre d'information et d'orientation",
  MEDICO_SOCIAL: "Établissement médico-social",
  SERVICE_ADMINISTRATIF: "Service administratif",
  ENSEIGNEMENT_SUPERIEUR: "Enseignement supérieur",
  AUTRE: "Autre",
} as const;

export const SECTEUR = { PUBLIC: "Public", PRIVE: "Privé" } as const;

export const VOIE = { GENERALE: "Générale", TECHNOLOGIQUE: "Technologique", PROFESSIONNELLE: "Professionnelle" } as const;

export const ETAT_ETABLISSEMENT = { OUVERT: "Ouvert", A_OUVRIR: "Ouverture prochaine", A_FERMER: "Fermeture prochaine", FERME: "Fermé" } as const;

export const TYPE_STRUCTURE = {
  CIO: "Centre d'information et d'orientation (CIO)",
  MISSION_LOCALE: "Mission locale",
  FRANCE_TRAVAIL: "France Travail",
  CAP_EMPLOI: "Cap emploi",
  PIJ: "Point information jeunesse",
  CITE_DES_METIERS: "Cité des métiers",
  CHAMBRE_CONSULAIRE: "Chambre consulaire",
  AUTRE: "Autre structure",
} as const;

export const PUBLIC_STRUCTURE = {
  JEUNES_16_25: "Jeunes de 16 à 25 ans",
  ADULTES: "Adultes",
  PERSONNES_EN_SITUATION_DE_HANDICAP: "Personnes en situation de handicap",
  SCOLAIRES: "Élèves",
  ETUDIANTS: "Étudiants",
  DEMANDEURS_D_EMPLOI: "Demandeurs d'emploi",
  SALARIES: "Salariés",
} as const;

export const TYPE_EVENEMENT = {
  SALON: "Salon",
  FORUM: "Forum",
  JOURNEE_PORTES_OUVERTES: "Journée portes ouvertes",
  ATELIER: "Atelier",
  WEBINAIRE: "Webinaire",
  AUTRE: "Événement",
} as const;

export const MODALITE = { PRESENTIEL: "En présentiel", MIXTE: "En partie à distance", A_DISTANCE: "À distance" } as const;

export const ETAT_RECRUTEMENT = { OUVERT: "Inscriptions ouvertes", FERME: "Complet", SUSPENDU: "Inscriptions suspendues" } as const;

export const STATUT_FORMATION = { SCOLAIRE: "Sous statut scolaire", APPRENTISSAGE: "En apprentissage" } as const;

export const JOUR = { LUNDI: "Lundi", MARDI: "Mardi", MERCREDI: "Mercredi", JEUDI: "Jeudi", VENDREDI: "Vendredi", SAMEDI: "Samedi", DIMANCHE: "Dimanche" } as const;

export const POPULATION_INSERTION = {
  VOIE_PRO_ENSEMBLE: "Voie professionnelle (tous)",
  VOIE_PRO_SCOLAIRES: "Voie professionnelle, élèves",
  VOIE_PRO_APPRENTIS: "Voie professionnelle, apprentis",
  APPRENTISSAGE: "Apprentissage",
} as const;

export const NIVEAUX = {
  "3": "CAP, BEP (niveau 3)",
  "4": "Bac (niveau 4)",
  "5": "Bac + 2 (niveau 5)",
  "6": "Bac + 3 (niveau 6)",
  "7": "Bac + 5 (niveau 7)",
  "8": "Doctorat (niveau 8)",
} as const;

/** The label of a value, or the value itself when the graph has a value this site does not know yet. */
export function label<T extends Record<string, string>>(labels: T, value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  return (labels as Record<string, string>)[value] ?? value;
}
