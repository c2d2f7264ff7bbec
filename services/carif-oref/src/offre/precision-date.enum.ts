import { registerEnumType } from "type-graphql";

/** How precise an LHEO date is: the standard writes a month as AAAAMM00 and a year as AAAA0000. */
export enum PrecisionDate {
  JOUR = "JOUR",
  MOIS = "MOIS",
  ANNEE = "ANNEE",
}

registerEnumType(PrecisionDate, {
  name: "PrecisionDate",
  description: "Precision of an LHEO date: a day, a month (AAAAMM00: the date is the month's first or last day) or a year (AAAA0000).",
});
