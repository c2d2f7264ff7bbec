import { registerEnumType } from "type-graphql";

/** LHEO dict-modalites-enseignement: where the teaching happens. */
export enum ModaliteEnseignement {
  PRESENTIEL = "PRESENTIEL",
  MIXTE = "MIXTE",
  A_DISTANCE = "A_DISTANCE",
}

/** The LHEO codes 0, 1, 2 of dict-modalites-enseignement. */
export const MODALITE_ENSEIGNEMENT_LHEO: Readonly<Record<string, ModaliteEnseignement>> = {
  "0": ModaliteEnseignement.PRESENTIEL,
  "1": ModaliteEnseignement.MIXTE,
  "2": ModaliteEnseignement.A_DISTANCE,
};

registerEnumType(ModaliteEnseignement, {
  name: "ModaliteEnseignement",
  description: "LHEO dict-modalites-enseignement: entirely on site (0), mixed (1), entirely at a distance (2).",
});
