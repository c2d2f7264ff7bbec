import type { Provenance } from "@prisme/common";
import type { DomaineSousDomaine } from "../common/text";

/** The collection of formations, keyed by their Onisep FOR.nnnn id. */
export const FORMATIONS = "formations";

export interface NiveauDoc {
  /** European qualification level (3 = CAP … 8 = doctorat), null when the source gives none. */
  europeen: number | null;
  libelle: string;
  /** The "niveau RNCP" value as written in the export (old French nomenclature: 5 = CAP … 1 = bac+5). */
  valeurSource: string | null;
}

/** A formation initiale of the Idéo-Formations export; `_id` and `id` are its FOR.nnnn id. */
export interface FormationDoc {
  _id: string;
  id: string;
  libelle: string;
  sigle?: string | null;
  type?: { sigle: string | null; libelle: string | null } | null;
  duree?: string | null;
  codeRncp?: string | null;
  codeCnis?: string | null;
  niveau?: NiveauDoc | null;
  tutelle?: string | null;
  domaines?: DomaineSousDomaine[];
  urlOnisep?: string | null;
  /** ROME codes of the métiers it leads to (through Certif Info and Onisep links). */
  codesRome: string[];
  provenance: Provenance;
}
