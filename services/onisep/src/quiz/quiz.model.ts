import { seedIfEmpty, type Provenance, type Store } from "@prisme/common";
import defaults from "./quiz-default.json";

/** A criterion linking an interest to métiers: a ROME code prefix ("J", "M18", "M1805") or an Onisep domaine(/sous-domaine). */
export interface CritereDoc {
  type: "rome" | "domaine";
  valeur: string;
  /** 0–1: how strongly a métier that meets it expresses the interest. */
  poids: number;
}

/** One interest dimension of the quiz (RIASEC-like), with what makes a métier express it. */
export interface QuizInteretDoc {
  _id: string;
  code: string;
  ordre: number;
  libelle: string;
  description: string;
  criteres: CritereDoc[];
  provenance?: Provenance;
}

export interface QuizOptionDoc {
  code: string;
  libelle: string;
  interets: { code: string; points: number }[];
}

/** One question of the Quiz Métiers, single choice. */
export interface QuizQuestionDoc {
  _id: string;
  id: string;
  ordre: number;
  texte: string;
  options: QuizOptionDoc[];
  provenance?: Provenance;
}

/** The quiz collections: its questions and scoring are data, editable without a release. */
export const QUIZ_QUESTIONS = "quiz_questions";
export const QUIZ_INTERETS = "quiz_interets";

const QUIZ_PROVENANCE = { producteur: "Prisme", jeuDeDonnees: "Quiz Métiers — questionnaire par défaut" };

/** Stores the shipped default quiz in collections that are still empty; a quiz already stored is kept. */
export async function ensureDefaultQuiz(store: Store): Promise<number> {
  const interets = defaults.interets.map((interet) => ({ _id: interet.code, ...interet }));
  const questions = defaults.questions.map((question) => ({ _id: question.id, ...question }));
  return (
    (await seedIfEmpty(store.db, QUIZ_INTERETS, interets, QUIZ_PROVENANCE, store.changes)) +
    (await seedIfEmpty(store.db, QUIZ_QUESTIONS, questions, QUIZ_PROVENANCE, store.changes))
  );
}
