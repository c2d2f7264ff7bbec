import type { AdresseDoc, ExtraDoc } from "./adresse.model";
import { ModaliteEnseignement } from "./modalite-enseignement.enum";
import type { SessionDoc } from "./session.model";

/** A lieu de formation: where an action is taught (an adresse, with SIRET/UAI when given). */
export interface LieuDoc {
  nom: string | null;
  siret: string | null;
  uai: string | null;
  adresse: AdresseDoc;
}

export interface FinanceurDoc {
  code: string;
  nbPlacesFinancees: number | null;
}

export interface OrganismeFormateurDoc {
  siret: string;
  raisonSociale: string | null;
}

/** An LHEO action: one way an offer is delivered (place, rhythm, funding), with its sessions. */
export interface ActionDoc {
  numero: string | null;
  /** datecrea / datemaj attributes (YYYY-MM-DD). */
  dateCreation?: string | null;
  dateMiseAJour?: string | null;
  rythme: string | null;
  codesPublicVise: string[];
  infoPublicVise: string | null;
  niveauEntreeObligatoire: boolean | null;
  modalitesAlternance: string | null;
  modaliteEnseignement: ModaliteEnseignement | null;
  conditionsSpecifiques: string | null;
  priseEnChargeFraisPossible: boolean | null;
  lieux: LieuDoc[];
  entreesSortiesPermanentes: boolean | null;
  urls: string[];
  dureeIndicative: string | null;
  nombreHeuresCentre: number | null;
  nombreHeuresEntreprise: number | null;
  nombreHeuresTotal: number | null;
  prixTotalTTC: string | null;
  organismesFormateurs: OrganismeFormateurDoc[];
  financeurs: FinanceurDoc[];
  hebergement: string | null;
  restauration: string | null;
  transport: string | null;
  accesHandicapes: string | null;
  langues: string[];
  sessions: SessionDoc[];
  extras: ExtraDoc[];
}
