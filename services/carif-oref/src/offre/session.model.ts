import { Schema } from "mongoose";
import { isCalendarDate } from "../common/calendar-date";
import { adresseSchema, extraSchema, type AdresseDoc, type ExtraDoc } from "./adresse.model";
import { EtatRecrutement } from "./etat-recrutement.enum";
import { PrecisionDate } from "./precision-date.enum";

/** One session of an action (LHEO session/periode), stored inside its action. */
export interface SessionDoc {
  numero?: string | null;
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

// LHEO dates are days (YYYYMMDD); stored as YYYY-MM-DD strings so no time zone can shift them.
const calendarDate = {
  type: String,
  default: null,
  validate: { validator: (value: string | null) => value === null || isCalendarDate(value), message: "{VALUE} is not a YYYY-MM-DD day" },
};
const precision = { type: String, enum: [...Object.values(PrecisionDate), null], default: null };

export const sessionSchema = new Schema<SessionDoc>(
  {
    numero: { type: String, default: null },
    debut: calendarDate,
    fin: calendarDate,
    precisionDebut: precision,
    precisionFin: precision,
    etatRecrutement: { type: String, enum: [...Object.values(EtatRecrutement), null], default: null },
    adresseInscription: { type: adresseSchema, default: null },
    modalitesInscription: { type: String, default: null },
    extras: { type: [extraSchema], default: [] },
  },
  { _id: false },
);
