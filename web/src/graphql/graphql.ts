// The typed `graphql()` tag of the site: every operation is checked against the gateway's public
// API (src/graphql/generated/, written by the build from schema/supergraph.graphql), so a query that
// no longer matches the graph fails `gql.tada check` and the type check, hence the build.
import { initGraphQLTada } from "gql.tada";
import type { introspection } from "./generated/graphql-env";

export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: {
    /** An instant, ISO 8601 with its offset (2026-12-05T08:00:00.000Z). */
    DateTimeISO: string;
    /** A day, YYYY-MM-DD. */
    LocalDate: string;
  };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from "gql.tada";
export { readFragment } from "gql.tada";
