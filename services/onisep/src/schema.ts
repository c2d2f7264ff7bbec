import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "@prisme/common";
import { FormationResolver, resolveFormationReference } from "./formation/formation.resolver";
import { MetierResolver, resolveMetierReference } from "./metier/metier.resolver";

/** The Onisep subgraph schema (no database needed to build it: resolvers read the context). */
export function buildOnisepSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [MetierResolver, FormationResolver] },
    {
      Metier: { __resolveReference: resolveMetierReference },
      Formation: { __resolveReference: resolveFormationReference },
    },
  );
}
