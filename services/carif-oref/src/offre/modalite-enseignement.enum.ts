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
  description: "Comment l'enseignement est donné (dictionnaire LHEO dict-modalites-enseignement).",
  valuesConfig: {
    PRESENTIEL: { description: "LHEO 0 : entièrement en présentiel." },
    MIXTE: { description: "LHEO 1 : en partie en présentiel, en partie à distance." },
    A_DISTANCE: { description: "LHEO 2 : entièrement à distance." },
  },
});
