import type { Provenance } from "@prisme/common";

/** The collections of ROME 4.0 fiches (keyed by code, M1805) and domaines professionnels (M18). */
export const ROMES = "romes";
export const DOMAINES_PROFESSIONNELS = "domaines_professionnels";

/** A ROME 4.0 fiche (France Travail); `_id` and `code` are its code. */
export interface RomeDoc {
  _id: string;
  code: string;
  libelle: string;
  /** The three-character domaine professionnel (M18) the code belongs to. */
  codeDomaineProfessionnel: string;
  codeFicheMetier?: string | null;
  codeOgr?: string | null;
  transitions?: string[];
  emploiReglemente?: boolean | null;
  emploiCadre?: boolean | null;
  codeRomeParent?: string | null;
  provenance: Provenance;
}

/** A ROME domaine professionnel (M18 "Systèmes d'information et de télécommunication"). */
export interface DomaineProfessionnelDoc {
  _id: string;
  code: string;
  libelle: string;
  provenance: Provenance;
}
