/** The producer the Annuaire, géolocalisation and Affelnet datasets name. */
export const MENJ = "Ministère de l'Éducation nationale";
