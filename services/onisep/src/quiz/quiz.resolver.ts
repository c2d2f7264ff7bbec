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

@Resolver(() => QuizMetiers)
export class QuizResolver {
  @Query(() => QuizMetiers, { description: "The Quiz Métiers: questions to ask, then send the answers to repondreQuizMetiers." })
  async quizMetiers(@Ctx() ctx: OnisepContext) {
    const { questions, interets } = await loadQuiz(ctx);
    return { interets, questions };
  }

  @FieldResolver(() => QuestionQuizConnection, { description: "The questions, in order." })
  questions(@Root() quiz: QuizMetiers & { questions: unknown[] }, @Args(() => ConnectionArgs) args: ConnectionArgs) {
    return connectionFromArray(quiz.questions as { ordre: number; id: string }[], args, (q) => [q.ordre, q.id]);
  }

  @Mutation(() => ResultatQuizMetiers, { description: "Scores the answers (one per question): an interest profile and the métiers ranked for it, with the reasons. Same answers, same result." })
  async repondreQuizMetiers(@Arg("reponses", () => [ReponseQuizInput]) reponses: ReponseQuizInput[], @Ctx() ctx: OnisepContext) {
    const { state, questions, interets } = await loadQuiz(ctx);
    if (questions.length === 0) throw badUserInput("The Quiz Métiers has no question stored.", "reponses");
    const profil = interestProfile(questions, interets, reponses);
    return { profil, classement: rankMetiers([...state.metiers.all()], interets, profil) };
  }
}

@Resolver(() => ResultatQuizMetiers)
export class ResultatQuizResolver {
  @FieldResolver(() => MetierClasseConnection, { description: "Métiers ranked by score (best first), with the interests that matched." })
  metiers(@Root() resultat: ResultatQuizMetiers, @Args(() => ConnectionArgs) args: ConnectionArgs) {
    return connectionFromArray(resultat.classement, args, rankKey);
  }
}
