import { graphql } from "@/graphql/graphql";

/** The communes matching what the person typed (start of a name, accents optional, or a postal code). */
export const CommunesQuery = graphql(`
  query Communes($recherche: String!) {
    communes(recherche: $recherche, first: 8) {
      totalCount
      nodes {
        code
        nom
        codesPostaux
        centre { latitude longitude }
        departement { code nom }
      }
    }
  }
`);
