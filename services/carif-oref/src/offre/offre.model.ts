import type { Provenance } from "@prisme/common";
import type { ActionDoc } from "./action.model";
import type { ExtraDoc } from "./adresse.model";
import type { ContactDoc } from "./contact.model";

/** The offers, keyed by their LHEO formation numero. */
export const OFFRES = "offres";

export interface CertificationRefDoc {
  codeRncp: string | null;
  codeCertifInfo: string | null;
  codeRs: string | null;
}

/** A continuing-education offer of an LHEO feed (formation → actions → sessions), keyed by its numero. */
export interface OffreDoc {
  _id: string;
  id: string;
  intitule: string;
  objectif?: string | null;
  resultatsAttendus?: string | null;
  contenu?: string | null;
  certifiante?: boolean | null;
  /** ROME codes the offer prepares for: the join with Onisep métiers. */
  codesRome: string[];
  formacodes?: string[];
  codesNsf?: string[];
  codesCertifications?: CertificationRefDoc[];
  parcours?: string | null;
  /** dict-AIS code (objectif-general-formation), kept as given. */
  objectifGeneral?: string | null;
  niveauEntree?: string | null;
  niveauSortie?: string | null;
  urls?: string[];
  /** contact-formation: who answers about the offer. */
  contactsFormation?: ContactDoc[];
  /** contact-organisme of the organisme responsable, as this offer's feed gives them. */
  contactsOrganisme?: ContactDoc[];
  /** datecrea / datemaj attributes of the formation (YYYY-MM-DD). */
  dateCreation?: string | null;
  dateMiseAJour?: string | null;
  siretOrganisme?: string | null;
  nomOrganisme?: string | null;
  actions: ActionDoc[];
  extras?: ExtraDoc[];
  /** Denormalised for filters and joins (one $in query per batch): every lieu's INSEE code, every certification code. */
  codesInsee?: string[];
  codesCertifInfo?: string[];
  codesRncp?: string[];
  /** LHEO version of the feed that last carried it (2.2, 2.3); null for demonstration data. */
  versionLheo?: string | null;
  /** True once the offer vanished from a full feed: kept, never deleted. */
  retiree?: boolean;
  dateRetrait?: Date | null;
  provenance: Provenance;
}
