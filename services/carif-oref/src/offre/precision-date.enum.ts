import { registerEnumType } from "type-graphql";

/** How precise an LHEO date is: the standard writes a month as AAAAMM00 and a year as AAAA0000. */
export enum PrecisionDate {
  JOUR = "JOUR",
  MOIS = "MOIS",
  ANNEE = "ANNEE",
}

registerEnumType(PrecisionDate, {
  name: "PrecisionDate",
  description: "Précision d'une date LHEO : un jour, un mois (AAAAMM00 : la date est alors le premier ou le dernier jour du mois) ou une année (AAAA0000).",
  valuesConfig: {
    JOUR: { description: "Le jour est connu (AAAAMMJJ)." },
    MOIS: { description: "Seul le mois est connu (AAAAMM00)." },
    ANNEE: { description: "Seule l'année est connue (AAAA0000)." },
  },
});
