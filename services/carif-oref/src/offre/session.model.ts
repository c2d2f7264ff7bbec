import { Schema } from "mongoose";
import { isCalendarDate } from "../common/calendar-date";
import { EtatRecrutement } from "./etat-recrutement.enum";

/** One session of an offer (LHEO session/periode), stored inside its offer. */
export interface SessionDoc {
  debut: string | null;
  fin: string | null;
  etatRecrutement: EtatRecrutement | null;
}

// LHEO dates are days (YYYYMMDD); stored as YYYY-MM-DD strings so no time zone can shift them.
const calendarDate = {
  type: String,
  default: null,
  validate: { validator: (value: string | null) => value === null || isCalendarDate(value), message: "{VALUE} is not a YYYY-MM-DD day" },
};

export const sessionSchema = new Schema<SessionDoc>(
  {
    debut: calendarDate,
    fin: calendarDate,
    etatRecrutement: { type: String, enum: [...Object.values(EtatRecrutement), null], default: null },
  },
  { _id: false },
);
