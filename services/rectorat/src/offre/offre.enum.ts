import { registerEnumType } from "type-graphql";

export enum StatutFormation {
  SCOLAIRE = "SCOLAIRE",
  APPRENTISSAGE = "APPRENTISSAGE",
}

/** Where an offer was read: Affelnet (after 3e), Parcoursup (after the bac), the constat de rentrée (pupils enrolled), or the demonstration set. */
export enum SourceOffre {
  AFFELNET = "AFFELNET",
  PARCOURSUP = "PARCOURSUP",
  CONSTAT_RENTREE = "CONSTAT_RENTREE",
  DEMO = "DEMO",
}

registerEnumType(StatutFormation, {
  name: "StatutFormation",
  description: "Statut sous lequel une formation est suivie.",
  valuesConfig: {
    SCOLAIRE: { description: "Sous statut scolaire (élève ou étudiant)." },
    APPRENTISSAGE: { description: "En apprentissage (apprenti, sous contrat de travail)." },
  },
});
registerEnumType(SourceOffre, {
  name: "SourceOffre",
  description: "La source d'une formation en établissement : la plateforme d'admission qui la liste, ou le constat de rentrée qui en compte les élèves.",
  valuesConfig: {
    AFFELNET: { description: "Affelnet : l'affectation des élèves après la 3e (capacités et premiers vœux)." },
    PARCOURSUP: { description: "Parcoursup : l'admission après le baccalauréat (capacités et vœux confirmés)." },
    CONSTAT_RENTREE: { description: "Constat de rentrée du ministère de l'Éducation nationale : les élèves inscrits, par établissement et formation (MEF), à une rentrée donnée." },
    DEMO: { description: "Jeu de données de démonstration de Prisme (chiffres illustratifs)." },
  },
});
