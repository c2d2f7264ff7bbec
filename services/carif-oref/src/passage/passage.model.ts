import type { Provenance } from "@prisme/common";

/** The Onisep table de passage (Certif Info ↔ RNCP ↔ CFD ↔ FOR), keyed by Certif Info code. */
export const PASSAGES = "passages_certifications";

/** One row of the table de passage: a Certif Info certification and the codes it goes by elsewhere. */
export interface PassageDoc {
  _id: string;
  codeCertifInfo: string;
  /** RNCP number, digits only; null when not on the RNCP ("non applicable"). */
  codeRncp: string | null;
  /** CFD (code formation diplôme, « code scolarité ») of the Éducation nationale. */
  codeCfd: string | null;
  /** The Onisep formation (FOR.nnnn) of the certification; null when Onisep links none. */
  idFormation: string | null;
  libelleCertifInfo: string;
  typeDiplome: string | null;
  niveauEuropeen: string | null;
  certifiant: boolean | null;
  libelleRncp: string | null;
  typeEnregistrementRncp: string | null;
  libelleCfd: string | null;
  libelleFormation: string | null;
  /** What the last edition of the table did to the row (identique, mis à jour, créé, recréé). */
  statut: string | null;
  provenance: Provenance;
}
