import { graphql } from "@/graphql/graphql";

/** The Quiz Métiers' questions, in order, and its interest dimensions (Onisep). */
export const QuizQuery = graphql(`
  query Quiz {
    quizMetiers {
      interets { code libelle description }
      questions(first: 100) {
        nodes {
          id
          ordre
          texte
          options { code libelle }
        }
      }
    }
  }
`);
