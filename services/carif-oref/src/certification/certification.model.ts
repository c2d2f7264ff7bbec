import type { Provenance } from "@prisme/common";

/** The Certif Info certifications, keyed by Certif Info code. */
export const CERTIFICATIONS = "certifications";

/** A certification of the Certif Info referential, keyed by its Certif Info code. */
export interface CertificationDoc {
  _id: string;
  id: string;
  libelle: string;
  typeDiplome: string | null;
  /** European qualification level (1–8), when Certif Info gives one. */
  niveau: string | null;
  codesRome: string[];
  formacodes: string[];
  codesNsf: string[];
  /** RNCP number, digits only (37537); null when the certification is not on the RNCP. */
  codeRncp: string | null;
  codeRs: string | null;
  /** CFD (code formation diplôme) of the Éducation nationale, "Code_Scolarité" in Certif Info. */
  codeCfd: string | null;
  /** Onisep FOR ids (codeIdeo2): the join with onisep's formations. */
  idsFormationOnisep: string[];
  certificateur: string | null;
  valideur: string | null;
  etat: string | null;
  etatLibelle: string | null;
  provenance: Provenance;
}
