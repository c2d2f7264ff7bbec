import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs, connectionFromArray, badUserInput } from "@prisme/common";
import type { OnisepContext } from "../context";
import { searchIndex } from "../search/search-registry";
import { ensureDefaultQuiz } from "./quiz.model";
import { interestProfile, rankMetiers } from "./quiz.scoring";
import { MetierClasseConnection, QuestionQuizConnection, QuizMetiers, ReponseQuizInput, ResultatQuizMetiers } from "./quiz.type";

async function loadQuiz(ctx: OnisepContext) {
  await ensureDefaultQuiz(ctx.models);
  const [questions, interets] = await Promise.all([
    ctx.models.QuizQuestion.find().sort({ ordre: 1, id: 1 }).lean().exec(),
    ctx.models.QuizInteret.find().sort({ ordre: 1, code: 1 }).lean().exec(),
  ]);
  return { questions, interets };
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
    return connectionFromArray(quiz.questions, args);
  }

  @Mutation(() => ResultatQuizMetiers, { description: "Scores the answers (one per question): an interest profile and the métiers ranked for it, with the reasons. Same answers, same result." })
  async repondreQuizMetiers(@Arg("reponses", () => [ReponseQuizInput]) reponses: ReponseQuizInput[], @Ctx() ctx: OnisepContext) {
    const { questions, interets } = await loadQuiz(ctx);
    if (questions.length === 0) throw badUserInput("The Quiz Métiers has no question stored.", "reponses");
    const profil = interestProfile(questions, interets, reponses);
    const index = await searchIndex(ctx.models);
    return { profil, classement: rankMetiers(index.metiers, interets, profil) };
  }
}

@Resolver(() => ResultatQuizMetiers)
export class ResultatQuizResolver {
  @FieldResolver(() => MetierClasseConnection, { description: "Métiers ranked by score (best first), with the interests that matched." })
  metiers(@Root() resultat: ResultatQuizMetiers, @Args(() => ConnectionArgs) args: ConnectionArgs) {
    return connectionFromArray(resultat.classement, args);
  }
}
