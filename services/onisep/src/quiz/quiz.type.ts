import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { Connection } from "@prisme/common";
import { Metier } from "../metier/metier.type";
import type { MetierClasse as MetierClasseShape } from "./quiz.scoring";

@ObjectType({ description: "One answer option of a quiz question." })
export class OptionQuiz {
  @Field(() => String, { description: "Code to send back in ReponseQuizInput.option (a, b, c…)." })
  code!: string;

  @Field(() => String)
  libelle!: string;
}

@ObjectType({ description: "A question of the Quiz Métiers (single choice)." })
export class QuestionQuiz {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  ordre!: number;

  @Field(() => String)
  texte!: string;

  @Field(() => [OptionQuiz], { description: "The options (a handful, in order)." })
  options!: OptionQuiz[];
}

export const QuestionQuizConnection = Connection(QuestionQuiz);

@ObjectType({ description: "An interest dimension of the quiz (RIASEC-like)." })
export class InteretQuiz {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  libelle!: string;

  @Field(() => String)
  description!: string;
}

@ObjectType({ description: "How strongly the answers express one interest." })
export class ScoreInteret {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  libelle!: string;

  @Field(() => Int, { description: "Points collected from the answers." })
  points!: number;

  @Field(() => Float, { description: "Share of all points, in percent (the profile sums to 100)." })
  score!: number;
}

@ObjectType({ description: "Why a métier was ranked: one interest it matches." })
export class RaisonScore {
  @Field(() => String, { description: "Interest code (R, I, A, S, E, C)." })
  interet!: string;

  @Field(() => String)
  libelle!: string;

  @Field(() => Float, { description: "What this interest adds to the métier's score." })
  points!: number;

  @Field(() => String, { description: 'The criterion the métier meets, e.g. "code ROME J" or "domaine santé, social, sport".' })
  critere!: string;
}

@ObjectType({ description: "A métier ranked by the quiz." })
export class MetierClasse {
  @Field(() => Metier)
  metier!: Metier;

  @Field(() => Float, { description: "0–100: the higher, the better the métier matches the profile." })
  score!: number;

  @Field(() => [RaisonScore], { description: "The interests that matched, strongest first." })
  raisons!: RaisonScore[];
}

export const MetierClasseConnection = Connection(MetierClasse);

@ObjectType({ description: "The result of the Quiz Métiers: an interest profile and the métiers ranked for it." })
export class ResultatQuizMetiers {
  @Field(() => [ScoreInteret], { description: "One score per interest, in the quiz's order." })
  profil!: ScoreInteret[];

  classement!: MetierClasseShape[];
}

@ObjectType({ description: "The Quiz Métiers: its questions and interest dimensions." })
export class QuizMetiers {
  @Field(() => [InteretQuiz], { description: "The interest dimensions (six)." })
  interets!: InteretQuiz[];
}

@InputType({ description: "The option chosen for one question." })
export class ReponseQuizInput {
  @Field(() => ID, { description: "Question id (Q01…)." })
  question!: string;

  @Field(() => String, { description: "Option code (a, b, c…)." })
  option!: string;
}
