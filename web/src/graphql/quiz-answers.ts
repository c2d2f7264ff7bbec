import "server-only";
// The one place that scores the Quiz Métiers. Today the graph does it with the mutation
// repondreQuizMetiers (which changes nothing); the "one graph" issue turns it into a query: only
// this module changes then.
import { graphql, type ResultOf } from "./graphql";
import type { Outcome } from "./outcome";
import { runMutation } from "./server-client";

const RepondreQuizMetiers = graphql(`
  mutation RepondreQuizMetiers($reponses: [ReponseQuizInput!]!) {
    repondreQuizMetiers(reponses: $reponses) {
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

export type ResultatQuiz = ResultOf<typeof RepondreQuizMetiers>["repondreQuizMetiers"];

/** The interest profile and the métiers ranked for these answers (one per question). */
export async function classerMetiers(reponses: { question: string; option: string }[]): Promise<Outcome<ResultatQuiz>> {
  const outcome = await runMutation(RepondreQuizMetiers, { reponses });
  return { ...outcome, data: outcome.data?.repondreQuizMetiers };
}
