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
  description: "Recruitment state of a session (LHEO dict-etat-recrutement).",
  valuesConfig: {
    OUVERT: { description: "LHEO 1: places are still offered." },
    FERME: { description: "LHEO 2: the session is full." },
    SUSPENDU: { description: "LHEO 3: enrolment paused; it may reopen later on the same session." },
  },
});
