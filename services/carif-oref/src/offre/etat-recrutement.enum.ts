import { registerEnumType } from "type-graphql";

/** Whether a session takes enrolments (LHEO element etat-recrutement). */
export enum EtatRecrutement {
  OUVERT = "OUVERT",
  FERME = "FERME",
  SUSPENDU = "SUSPENDU",
}

/** The LHEO dictionary dict-etat-recrutement codes, for the LHEO import to translate. */
export const ETAT_RECRUTEMENT_LHEO: Readonly<Record<string, EtatRecrutement>> = {
  "1": EtatRecrutement.OUVERT,
  "2": EtatRecrutement.FERME,
  "3": EtatRecrutement.SUSPENDU,
};

registerEnumType(EtatRecrutement, {
  name: "EtatRecrutement",
  description: "État du recrutement d'une session (dictionnaire LHEO dict-etat-recrutement).",
  valuesConfig: {
    OUVERT: { description: "LHEO 1 : des places sont encore proposées." },
    FERME: { description: "LHEO 2 : la session est complète." },
    SUSPENDU: { description: "LHEO 3 : inscriptions suspendues ; elles peuvent rouvrir sur la même session." },
  },
});
