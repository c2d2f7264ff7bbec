import type { Provenance } from "@prisme/common";

/** The Formacode thesaurus (Centre Inffo), keyed by code. */
export const FORMACODES = "formacodes";

/** A champ sémantique of the Formacode (110 MATHEMATIQUES): the three-digit field a term belongs to. */
export interface ChampSemantiqueDoc {
  code: string;
  libelle: string;
}

/** A Formacode term (descripteur), keyed by its five-digit code. */
export interface FormacodeDoc {
  _id: string;
  code: string;
  /** The label in lower case with its accents (« théorie graphes »), else as the file writes it in capitals. */
  libelle: string;
  /** The label as the thesaurus writes it, in capitals without accents (THEORIE GRAPHES). */
  libelleOfficiel: string;
  champSemantique: ChampSemantiqueDoc | null;
  /** Codes of the broader terms (termes génériques). */
  termesGeneriques: string[];
  /** Codes of the narrower terms (termes spécifiques). */
  termesSpecifiques: string[];
  /** Codes of the related terms (termes associés). */
  termesAssocies: string[];
  /** Words the term stands for (non-descripteurs, « employé pour »). */
  synonymes: string[];
  definition: string | null;
  /** How indexers are told to use the term (note d'application). */
  note: string | null;
  provenance: Provenance;
}
