import "server-only";
// The one place that scores the Quiz Métiers: the query resultatQuizMetiers (it was the mutation
// repondreQuizMetiers, which changed nothing, before the graph's vocabulary issue).
import { graphql, type ResultOf } from "./graphql";
import type { Outcome } from "./outcome";
import { loadQuery } from "./cached-query";

const ResultatQuizMetiers = graphql(`
  query ResultatQuizMetiers($reponses: [ReponseQuizInput!]!) {
    resultatQuizMetiers(reponses: $reponses) {
      profil { code libelle score }
      metiers(first: 12) {
        totalCount
        nodes {
          score
          metier { id libelle }
          raisons { interet libelle points critere }
        }
      }
    }
  }
`);

export type ResultatQuiz = ResultOf<typeof ResultatQuizMetiers>["resultatQuizMetiers"];

/** The interest profile and the métiers ranked for these answers (one per question). */
export async function classerMetiers(reponses: { question: string; option: string }[]): Promise<Outcome<ResultatQuiz>> {
  const outcome = await loadQuery(ResultatQuizMetiers, { reponses });
  return { ...outcome, data: outcome.data?.resultatQuizMetiers };
}
