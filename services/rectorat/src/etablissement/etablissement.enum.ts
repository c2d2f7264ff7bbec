import { registerEnumType } from "type-graphql";

/** Kind of établissement, from the Annuaire's Type_etablissement (CIO: "Information et orientation"). */
export enum TypeEtablissement {
  ECOLE = "ECOLE",
  COLLEGE = "COLLEGE",
  LYCEE = "LYCEE",
  EREA = "EREA",
  CIO = "CIO",
  MEDICO_SOCIAL = "MEDICO_SOCIAL",
  SERVICE_ADMINISTRATIF = "SERVICE_ADMINISTRATIF",
  ENSEIGNEMENT_SUPERIEUR = "ENSEIGNEMENT_SUPERIEUR",
  AUTRE = "AUTRE",
}

export enum Secteur {
  PUBLIC = "PUBLIC",
  PRIVE = "PRIVE",
}

export enum Voie {
  GENERALE = "GENERALE",
  TECHNOLOGIQUE = "TECHNOLOGIQUE",
  PROFESSIONNELLE = "PROFESSIONNELLE",
}

/** The Annuaire's état; closed établissements are kept, marked FERME. */
export enum EtatEtablissement {
  OUVERT = "OUVERT",
  A_OUVRIR = "A_OUVRIR",
  A_FERMER = "A_FERMER",
  FERME = "FERME",
}

/** The éducation prioritaire network a school belongs to (Annuaire: Appartenance_Education_Prioritaire). */
export enum EducationPrioritaire {
  REP = "REP",
  REP_PLUS = "REP_PLUS",
}

export enum Section {
  ARTS = "ARTS",
  CINEMA = "CINEMA",
  THEATRE = "THEATRE",
  SPORT = "SPORT",
  INTERNATIONALE = "INTERNATIONALE",
  EUROPEENNE = "EUROPEENNE",
}

registerEnumType(TypeEtablissement, {
  name: "TypeEtablissement",
  description: "Type d'établissement, d'après la colonne Type_etablissement de l'Annuaire de l'éducation (ou la nature de l'établissement quand elle manque).",
  valuesConfig: {
    ECOLE: { description: "École maternelle ou élémentaire." },
    COLLEGE: { description: "Collège." },
    LYCEE: { description: "Lycée : général, technologique, professionnel ou polyvalent." },
    EREA: { description: "Établissement régional d'enseignement adapté (EREA)." },
    CIO: { description: "Centre d'information et d'orientation (CIO), « Information et orientation » dans l'Annuaire." },
    MEDICO_SOCIAL: { description: "Établissement médico-social." },
    SERVICE_ADMINISTRATIF: { description: "Service administratif de l'Éducation nationale." },
    ENSEIGNEMENT_SUPERIEUR: { description: "Établissement qui ne compte que des formations post-bac (STS, CPGE), sans type dans l'Annuaire." },
    AUTRE: { description: "Autre type d'établissement de l'Annuaire." },
  },
});
registerEnumType(Secteur, {
  name: "Secteur",
  description: "Secteur de l'établissement : public ou privé.",
  valuesConfig: { PUBLIC: { description: "Établissement public." }, PRIVE: { description: "Établissement privé, sous contrat avec l'État ou hors contrat (voir contrat)." } },
});
registerEnumType(Voie, {
  name: "Voie",
  description: "Voie d'enseignement d'un lycée.",
  valuesConfig: {
    GENERALE: { description: "Voie générale (baccalauréat général)." },
    TECHNOLOGIQUE: { description: "Voie technologique (baccalauréat technologique)." },
    PROFESSIONNELLE: { description: "Voie professionnelle (CAP, baccalauréat professionnel)." },
  },
});
registerEnumType(EtatEtablissement, {
  name: "EtatEtablissement",
  description: "État administratif de l'établissement dans l'Annuaire de l'éducation.",
  valuesConfig: {
    OUVERT: { description: "Ouvert." },
    A_OUVRIR: { description: "À ouvrir : son ouverture est prévue." },
    A_FERMER: { description: "À fermer : sa fermeture est prévue." },
    FERME: { description: "Fermé : conservé dans le graphe, marqué comme tel." },
  },
});
registerEnumType(Section, {
  name: "Section",
  description: "Section particulière proposée par l'établissement, d'après l'Annuaire de l'éducation.",
  valuesConfig: {
    ARTS: { description: "Section arts." },
    CINEMA: { description: "Section cinéma." },
    THEATRE: { description: "Section théâtre." },
    SPORT: { description: "Section sportive." },
    INTERNATIONALE: { description: "Section internationale." },
    EUROPEENNE: { description: "Section européenne." },
  },
});
registerEnumType(EducationPrioritaire, {
  name: "EducationPrioritaire",
  description: "Réseau d'éducation prioritaire auquel appartient l'établissement (école ou collège), d'après l'Annuaire de l'éducation.",
  valuesConfig: {
    REP: { description: "Réseau d'éducation prioritaire (REP)." },
    REP_PLUS: { description: "Réseau d'éducation prioritaire renforcé (REP+)." },
  },
});
