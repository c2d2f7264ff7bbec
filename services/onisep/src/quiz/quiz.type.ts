import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { Connection } from "@prisme/common";
import { Metier } from "../metier/metier.type";
import type { MetierClasse as MetierClasseShape } from "./quiz.scoring";

@ObjectType({ simpleResolvers: true, description: "Une réponse possible à une question du quiz." })
export class OptionQuiz {
  @Field(() => String, { description: "Code de la réponse, à renvoyer dans ReponseQuizInput.option (a, b, c…)." })
  code!: string;

  @Field(() => String, { description: "Texte de la réponse." })
  libelle!: string;
}

@ObjectType({ simpleResolvers: true, description: "Une question du Quiz Métiers (une seule réponse)." })
export class QuestionQuiz {
  @Field(() => ID, { description: "Identifiant de la question (Q01…), à renvoyer dans ReponseQuizInput.question." })
  id!: string;

  @Field(() => Int, { description: "Rang de la question dans le quiz (1 pour la première)." })
  ordre!: number;

  @Field(() => String, { description: "Texte de la question." })
  texte!: string;

  @Field(() => [OptionQuiz], { description: "Les réponses possibles, dans l'ordre." })
  options!: OptionQuiz[];
}

export const QuestionQuizConnection = Connection(QuestionQuiz);

@ObjectType({ simpleResolvers: true, description: "Un centre d'intérêt que le quiz mesure (dans l'esprit des profils RIASEC)." })
export class InteretQuiz {
  @Field(() => String, { description: "Code du centre d'intérêt (R, I, A, S, E, C)." })
  code!: string;

  @Field(() => String, { description: "Nom du centre d'intérêt." })
  libelle!: string;

  @Field(() => String, { description: "Ce qu'il recouvre, en une phrase." })
  description!: string;
}

@ObjectType({ simpleResolvers: true, description: "La part d'un centre d'intérêt dans les réponses." })
export class ScoreInteret {
  @Field(() => String, { description: "Code du centre d'intérêt." })
  code!: string;

  @Field(() => String, { description: "Nom du centre d'intérêt." })
  libelle!: string;

  @Field(() => Int, { description: "Points recueillis par les réponses." })
  points!: number;

  @Field(() => Float, { description: "Part de tous les points, en pourcentage (de 0 à 100 ; le profil fait 100 au total)." })
  score!: number;
}

@ObjectType({ simpleResolvers: true, description: "Pourquoi un métier est classé : un centre d'intérêt auquel il répond." })
export class RaisonScore {
  @Field(() => String, { description: "Code du centre d'intérêt (R, I, A, S, E, C)." })
  interet!: string;

  @Field(() => String, { description: "Nom du centre d'intérêt." })
  libelle!: string;

  @Field(() => Float, { description: "Ce que ce centre d'intérêt ajoute au score du métier, en points (sur 100)." })
  points!: number;

  @Field(() => String, { description: "Le critère rempli par le métier, par exemple « code ROME J » ou « domaine santé, social, sport »." })
  critere!: string;
}

@ObjectType({ simpleResolvers: true, description: "Un métier classé par le quiz." })
export class MetierClasse {
  @Field(() => Metier, { description: "Le métier." })
  metier!: Metier;

  @Field(() => Float, { description: "Score de 0 à 100 : plus il est haut, plus le métier répond au profil." })
  score!: number;

  @Field(() => [RaisonScore], { description: "Les centres d'intérêt auxquels il répond, du plus fort au plus faible." })
  raisons!: RaisonScore[];
}

export const MetierClasseConnection = Connection(MetierClasse);

@ObjectType({ simpleResolvers: true, description: "Le résultat du Quiz Métiers : un profil d'intérêts et les métiers classés pour lui." })
export class ResultatQuizMetiers {
  @Field(() => [ScoreInteret], { description: "Un score par centre d'intérêt, dans l'ordre du quiz." })
  profil!: ScoreInteret[];

  classement!: MetierClasseShape[];
}

@ObjectType({ simpleResolvers: true, description: "Le Quiz Métiers : ses questions et les centres d'intérêt qu'il mesure." })
export class QuizMetiers {
  @Field(() => [InteretQuiz], { description: "Les centres d'intérêt (six)." })
  interets!: InteretQuiz[];
}

@InputType({ description: "La réponse choisie à une question." })
export class ReponseQuizInput {
  @Field(() => ID, { description: "Identifiant de la question (Q01…)." })
  question!: string;

  @Field(() => String, { description: "Code de la réponse choisie (a, b, c…)." })
  option!: string;
}
