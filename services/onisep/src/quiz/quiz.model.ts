import { Schema, type Connection, type Model } from "mongoose";
import { provenanceSchema, seedIfEmpty, type Provenance } from "@prisme/common";
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
  id: string;
  ordre: number;
  texte: string;
  options: QuizOptionDoc[];
  provenance?: Provenance;
}

const critereSchema = new Schema<CritereDoc>({ type: { type: String, required: true }, valeur: { type: String, required: true }, poids: { type: Number, required: true } }, { _id: false });
const optionSchema = new Schema<QuizOptionDoc>(
  {
    code: { type: String, required: true },
    libelle: { type: String, required: true },
    interets: { type: [new Schema({ code: String, points: Number }, { _id: false })], default: [] },
  },
  { _id: false },
);

const interetSchema = new Schema<QuizInteretDoc>(
  {
    code: { type: String, required: true, unique: true },
    ordre: { type: Number, required: true },
    libelle: { type: String, required: true },
    description: { type: String, required: true },
    criteres: { type: [critereSchema], default: [] },
    provenance: { type: provenanceSchema },
  },
  { collection: "quiz_interets", versionKey: false },
);

const questionSchema = new Schema<QuizQuestionDoc>(
  {
    id: { type: String, required: true, unique: true },
    ordre: { type: Number, required: true },
    texte: { type: String, required: true },
    options: { type: [optionSchema], default: [] },
    provenance: { type: provenanceSchema },
  },
  { collection: "quiz_questions", versionKey: false },
);

/** The quiz collections: its questions and scoring are data, editable without a release. */
export function quizModels(connection: Connection): { QuizQuestion: Model<QuizQuestionDoc>; QuizInteret: Model<QuizInteretDoc> } {
  return {
    QuizQuestion: connection.models.QuizQuestion ?? connection.model<QuizQuestionDoc>("QuizQuestion", questionSchema),
    QuizInteret: connection.models.QuizInteret ?? connection.model<QuizInteretDoc>("QuizInteret", interetSchema),
  };
}

const QUIZ_PROVENANCE = { producteur: "Prisme", jeuDeDonnees: "Quiz Métiers — questionnaire par défaut" };

/** Stores the shipped default quiz in collections that are still empty; a quiz already stored is kept. */
export async function ensureDefaultQuiz(models: { QuizQuestion: Model<QuizQuestionDoc>; QuizInteret: Model<QuizInteretDoc> }): Promise<number> {
  return (await seedIfEmpty(models.QuizInteret, defaults.interets, QUIZ_PROVENANCE)) + (await seedIfEmpty(models.QuizQuestion, defaults.questions, QUIZ_PROVENANCE));
}
