import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "@prisme/common";
import { CommuneResolver, resolveCommuneReference } from "./commune/commune.resolver";
import { DepartementResolver, resolveDepartementReference } from "./departement/departement.resolver";
import { RegionResolver, resolveRegionReference } from "./region/region.resolver";

/** The Région subgraph schema (no database needed to build it: resolvers read the context). */
export function buildRegionSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [CommuneResolver, DepartementResolver, RegionResolver] },
    {
      Commune: { __resolveReference: resolveCommuneReference },
      Departement: { __resolveReference: resolveDepartementReference },
      Region: { __resolveReference: resolveRegionReference },
    },
  );
}
