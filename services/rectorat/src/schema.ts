import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "@prisme/common";
import { EtablissementResolver, resolveEtablissementReference } from "./etablissement/etablissement.resolver";
import { FormationResolver, resolveFormationReference } from "./formation/formation.resolver";
import { Formation } from "./formation/formation.type";

/** The Rectorat subgraph schema (no database needed to build it: resolvers read the context). */
export function buildRectoratSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [EtablissementResolver, FormationResolver],
      // No query returns a Formation here: it is reached only through _entities, so name it.
      orphanedTypes: [Formation],
    },
    {
      Etablissement: { __resolveReference: resolveEtablissementReference },
      Formation: { __resolveReference: resolveFormationReference },
    },
  );
}
