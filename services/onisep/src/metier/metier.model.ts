import type { Provenance } from "@prisme/common";
import type { DomaineSousDomaine } from "../common/text";

/** The collection of métiers, keyed by their Onisep MET.nnn id. */
export const METIERS = "metiers";

/** One Onisep publication that presents the métier (the export has one row per publication). */
export interface PublicationDoc {
  titre: string;
  /** Onisep collection (Parcours, Dossiers…). */
  nomCollection: string | null;
  annee: number | null;
  gencod: string | null;
}

/** A métier of the Idéo-Métiers Onisep export; `_id` and `id` are its MET.nnn id. */
export interface MetierDoc {
  _id: string;
  id: string;
  libelle: string;
  libelleMasculin?: string | null;
  libelleFeminin?: string | null;
  codesRome: string[];
  /** ROME libellés as the Onisep export gives them, parallel to codesRome (used when no ROME fiche is imported). */
  libellesRome?: string[];
  domaines?: DomaineSousDomaine[];
  /** Onisep's "GFE" (groupe formation emploi) label. */
  gfe?: string | null;
  publications?: PublicationDoc[];
  urlOnisep?: string | null;
  provenance: Provenance;
}
