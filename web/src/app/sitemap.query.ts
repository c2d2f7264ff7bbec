import { graphql } from "@/graphql/graphql";

/** One page of métier ids and one of formation ids, for the sitemap (each list until its end). */
export const SitemapQuery = graphql(`
  query Sitemap($apresMetiers: String, $apresFormations: String, $avecMetiers: Boolean!, $avecFormations: Boolean!) {
    metiers(first: 100, after: $apresMetiers) @include(if: $avecMetiers) {
      pageInfo { hasNextPage endCursor }
      nodes { id }
    }
    formations(first: 100, after: $apresFormations) @include(if: $avecFormations) {
      pageInfo { hasNextPage endCursor }
      nodes { id }
    }
  }
`);
