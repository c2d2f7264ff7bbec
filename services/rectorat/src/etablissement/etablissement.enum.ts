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

export enum Section {
  ARTS = "ARTS",
  CINEMA = "CINEMA",
  THEATRE = "THEATRE",
  SPORT = "SPORT",
  INTERNATIONALE = "INTERNATIONALE",
  EUROPEENNE = "EUROPEENNE",
}

registerEnumType(TypeEtablissement, { name: "TypeEtablissement", description: "Kind of établissement (Annuaire de l'éducation)." });
registerEnumType(Secteur, { name: "Secteur", description: "Public or private." });
registerEnumType(Voie, { name: "Voie", description: "Voies of a lycée." });
registerEnumType(EtatEtablissement, { name: "EtatEtablissement", description: "Open, about to open, about to close, closed." });
registerEnumType(Section, { name: "Section", description: "Special sections (arts, sport, international…)." });
