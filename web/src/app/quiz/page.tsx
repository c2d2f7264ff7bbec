import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Indisponible } from "@/components/partial/Indisponible";
import { PartsMissing } from "@/components/partial/PartsMissing";
import { QuestionForm } from "@/components/quiz/QuestionForm";
import { QuizResultats } from "@/components/quiz/QuizResultats";
import { questionCourante, reponsesFromParams, reponsesParam } from "@/components/quiz/reponses";
import { pageMetadata } from "@/components/seo/page-metadata";
import { loadPage } from "@/graphql/page-loader";
import { classerMetiers } from "@/graphql/quiz-answers";
import { single, withParams, type RawParams } from "@/lib/search-params";
import { QuizQuery } from "./quiz.query";

type Props = { searchParams: Promise<RawParams> };

async function etat(raw: RawParams) {
  const { data, missing } = await loadPage(QuizQuery, {});
  const questions = data?.quizMetiers.questions.nodes ?? [];
  const reponses = reponsesFromParams(raw, questions);
  return { data, missing, questions, reponses, question: questionCourante(raw, questions, reponses) };
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { questions, question } = await etat(await searchParams);
  const titre = !questions.length ? "Quiz Métiers" : question ? `Quiz Métiers – question ${questions.findIndex((q) => q.id === question.id) + 1} sur ${questions.length}` : "Quiz Métiers – vos résultats";
  return pageMetadata(titre, "Quelques questions sur ce que vous aimez faire, puis les métiers qui vous ressemblent, avec les raisons de chacun.", "/quiz", { index: question?.id === questions[0]?.id });
}

export default async function QuizPage({ searchParams }: Props) {
  const raw = await searchParams;
  const { data, missing, questions, reponses, question } = await etat(raw);
  if (!data) return <Indisponible titre="Quiz Métiers" missing={missing} />;
  const r = reponsesParam(reponses, questions);
  // An answer just given: back to a clean address (r=…), which also makes "Back" work step by step.
  if (single(raw, "choix") && reponses.has(single(raw, "question") ?? "")) redirect(withParams("/quiz", { r }));
  const sansReponse = !!single(raw, "question") && !reponses.has(single(raw, "question")!);

  if (question) {
    return (
      <>
        <h1>Quiz Métiers</h1>
        {reponses.size === 0 && (
          <p className="fr-text--lead">
            {questions.length} questions sur ce que vous aimez faire. Il n&apos;y a pas de bonne ou de mauvaise réponse : choisissez ce qui vous ressemble le plus.
          </p>
        )}
        <QuestionForm question={question} questions={questions} reponses={reponses} erreur={sansReponse} />
      </>
    );
  }

  const { data: resultat, missing: manquants, failure } = await classerMetiers([...reponses].map(([q, option]) => ({ question: q, option })));
  return (
    <>
      <h1>Vos résultats au Quiz Métiers</h1>
      <PartsMissing missing={[...new Set([...missing, ...manquants])]} failure={failure} />
      {resultat && <QuizResultats resultat={resultat} r={r} premiereQuestion={questions[0].id} />}
    </>
  );
}
