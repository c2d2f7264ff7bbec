import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs, connectionFromArray, badUserInput } from "@prisme/common";
import type { OnisepContext } from "../context";
import { interestProfile, rankKey, rankMetiers } from "./quiz.scoring";
import { MetierClasseConnection, QuestionQuizConnection, QuizMetiers, ReponseQuizInput, ResultatQuizMetiers } from "./quiz.type";

/** The stored quiz, questions and interests in order. */
async function loadQuiz(ctx: OnisepContext) {
  const state = await ctx.read();
  const questions = [...state.quizQuestions.values()].sort((a, b) => a.ordre - b.ordre || (a.id < b.id ? -1 : 1));
  const interets = [...state.quizInterets.values()].sort((a, b) => a.ordre - b.ordre || (a.code < b.code ? -1 : 1));
  return { state, questions, interets };
}

/** Scores the answers against the stored quiz and ranks every métier. */
async function scoreAnswers(reponses: ReponseQuizInput[], ctx: OnisepContext) {
  const { state, questions, interets } = await loadQuiz(ctx);
  if (questions.length === 0) throw badUserInput("The Quiz Métiers has no question stored.", "reponses");
  const profil = interestProfile(questions, interets, reponses);
  return { profil, classement: rankMetiers([...state.metiers.all()], interets, profil) };
}

@Resolver(() => QuizMetiers)
export class QuizResolver {
  @Query(() => QuizMetiers, { description: "Le Quiz Métiers : les questions à poser ; les réponses s'envoient à resultatQuizMetiers." })
  async quizMetiers(@Ctx() ctx: OnisepContext) {
    const { questions, interets } = await loadQuiz(ctx);
    return { interets, questions };
  }

  @FieldResolver(() => QuestionQuizConnection, { description: "Les questions, dans l'ordre." })
  questions(@Root() quiz: QuizMetiers & { questions: unknown[] }, @Args(() => ConnectionArgs) args: ConnectionArgs) {
    return connectionFromArray(quiz.questions as { ordre: number; id: string }[], args, (q) => [q.ordre, q.id]);
  }

  @Query(() => ResultatQuizMetiers, {
    description:
      "Le résultat des réponses au Quiz Métiers (une par question) : un profil d'intérêts et les métiers classés pour lui, avec leurs raisons. Mêmes réponses, même résultat : rien n'est enregistré.",
  })
  resultatQuizMetiers(
    @Arg("reponses", () => [ReponseQuizInput], { description: "Une réponse par question du quiz." }) reponses: ReponseQuizInput[],
    @Ctx() ctx: OnisepContext,
  ) {
    return scoreAnswers(reponses, ctx);
  }

  @Mutation(() => ResultatQuizMetiers, {
    description: "Comme la requête resultatQuizMetiers, qu'elle précède : le quiz n'enregistre rien, une requête se met en cache et s'envoie en GET.",
    deprecationReason: "Use the query resultatQuizMetiers(reponses:), which gives the same result.",
  })
  repondreQuizMetiers(
    @Arg("reponses", () => [ReponseQuizInput], { description: "Une réponse par question du quiz." }) reponses: ReponseQuizInput[],
    @Ctx() ctx: OnisepContext,
  ) {
    return scoreAnswers(reponses, ctx);
  }
}

@Resolver(() => ResultatQuizMetiers)
export class ResultatQuizResolver {
  @FieldResolver(() => MetierClasseConnection, { description: "Les métiers classés, du meilleur score au plus faible, avec les centres d'intérêt auxquels ils répondent." })
  metiers(@Root() resultat: ResultatQuizMetiers, @Args(() => ConnectionArgs) args: ConnectionArgs) {
    return connectionFromArray(resultat.classement, args, rankKey);
  }
}
