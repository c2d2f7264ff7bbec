import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "@prisme/common";
import { MetierResolver, resolveMetierReference } from "./metier/metier.resolver";
import { Metier } from "./metier/metier.type";
import { OffreResolver, resolveOffreReference } from "./offre/offre.resolver";

/** The Carif-Oref subgraph schema (no database needed to build it: resolvers read the context). */
export function buildCarifOrefSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    // No query returns a Metier here: without orphanedTypes type-graphql would drop the type and its `offres`.
    { resolvers: [OffreResolver, MetierResolver], orphanedTypes: [Metier] },
    {
      OffreFormation: { __resolveReference: resolveOffreReference },
      Metier: { __resolveReference: resolveMetierReference },
    },
  );
}
