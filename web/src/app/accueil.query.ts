import { graphql } from "@/graphql/graphql";

/** The Onisep domaines, to browse métiers and formations by field. */
export const AccueilQuery = graphql(`
  query Accueil {
    domaines(first: 100) {
      nodes { libelle nombreMetiers nombreFormations }
    }
  }
`);
