import type { Provenance } from "@prisme/common";
import type { EducationPrioritaire, EtatEtablissement, Secteur, Section, TypeEtablissement, Voie } from "./etablissement.enum";

/** The collection of établissements and CIO, keyed by their UAI. */
export const ETABLISSEMENTS = "etablissements";

/** What one source says about an établissement; every field optional, null = "this source does not know". */
export interface EtablissementChamps {
  nom?: string | null;
  type?: TypeEtablissement | null;
  nature?: { code: string; libelle: string } | null;
  secteur?: Secteur | null;
  contrat?: string | null;
  adresse?: { lignes: string[]; codePostal: string | null; localite: string | null } | null;
  codeCommune?: string | null;
  nomCommune?: string | null;
  codeDepartement?: string | null;
  codeAcademie?: string | null;
  coordonnees?: { latitude: number; longitude: number } | null;
  contacts?: { telephone: string | null; mail: string | null; web: string | null } | null;
  voies?: Voie[] | null;
  apprentissage?: boolean | null;
  hebergement?: boolean | null;
  restauration?: boolean | null;
  sections?: Section[] | null;
  ficheOnisep?: string | null;
  etat?: EtatEtablissement | null;
  dateOuverture?: string | null;
  siret?: string | null;
  /** A primary school's levels (Annuaire: Ecole_maternelle, Ecole_elementaire). */
  ecoleMaternelle?: boolean | null;
  ecoleElementaire?: boolean | null;
  educationPrioritaire?: EducationPrioritaire | null;
  /** Has a ULIS (unité localisée pour l'inclusion scolaire). */
  ulis?: boolean | null;
  /** The first-degree inspection district (code in the newer layout only). */
  circonscription?: { code: string | null; nom: string | null } | null;
  bassinFormation?: { code: string | null; libelle: string | null } | null;
  ministereTutelle?: string | null;
  /** When the source last updated the record (Annuaire: date_maj_ligne), ISO 8601 AAAA-MM-JJ. */
  dateMiseAJour?: string | null;
  /** How precisely the position is known, as the source says it ("Numéro de rue", "Rue", "Ville"…). */
  precisionLocalisation?: string | null;
  /** Pupils enrolled, as the Annuaire gives it (Nombre_d_eleves). */
  nombreEleves?: number | null;
}

/** The sources that describe établissements, by priority: the Annuaire wins over the others. */
export const SOURCES_ETABLISSEMENT = ["annuaire", "geolocalisation", "demo"] as const;
export type SourceEtablissement = (typeof SOURCES_ETABLISSEMENT)[number];

/** What one source said, and when it was read. */
export interface Origine {
  champs: EtablissementChamps;
  provenance: Provenance;
}

/**
 * An établissement as stored: `_id` and `uai` are its UAI; the consolidated fields, and what each
 * source said (kept so that no import erases another's). `provenance` is that of the last write;
 * the graph shows the main source's, from `origines`.
 */
export interface EtablissementDoc extends EtablissementChamps {
  _id: string;
  uai: string;
  nom: string;
  origines: Partial<Record<SourceEtablissement, Origine>>;
  provenance?: Provenance;
}
