import type { AdresseDoc, ExtraDoc } from "./adresse.model";
import { EtatRecrutement } from "./etat-recrutement.enum";
import { PrecisionDate } from "./precision-date.enum";

/** One session of an action (LHEO session/periode), stored inside its action. */
export interface SessionDoc {
  numero?: string | null;
  /** datecrea / datemaj attributes (YYYY-MM-DD). */
  dateCreation?: string | null;
  dateMiseAJour?: string | null;
  debut: string | null;
  fin: string | null;
  /** How precise LHEO was: AAAAMMJJ (JOUR), AAAAMM00 (MOIS), AAAA0000 (ANNEE); null when 00000000. */
  precisionDebut?: PrecisionDate | null;
  precisionFin?: PrecisionDate | null;
  etatRecrutement: EtatRecrutement | null;
  adresseInscription?: AdresseDoc | null;
  modalitesInscription?: string | null;
  extras?: ExtraDoc[];
}
