import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "@prisme/common";
import { CommuneResolver, resolveCommuneReference } from "./commune/commune.resolver";
import { DepartementResolver, resolveDepartementReference } from "./departement/departement.resolver";
import { RegionResolver, resolveRegionReference } from "./region/region.resolver";
import {
  EtablissementEvenementsResolver,
  FormationEvenementsResolver,
  Formation,
  Metier,
  MetierEvenementsResolver,
  resolveByKey,
} from "./evenement/evenement.contributions";
import { EvenementResolver, resolveEvenementReference } from "./evenement/evenement.resolver";
import { CommuneStructuresResolver, resolveStructureReference, StructureResolver } from "./structure/structure.resolver";

/** The Région subgraph schema (no database needed to build it: resolvers read the context). */
export function buildRegionSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        CommuneResolver, DepartementResolver, RegionResolver, StructureResolver, CommuneStructuresResolver,
        EvenementResolver, MetierEvenementsResolver, FormationEvenementsResolver, EtablissementEvenementsResolver,
      ],
      // Reachable from no query: declared so that the gateway can ask this subgraph for their events.
      orphanedTypes: [Metier, Formation],
    },
    {
      Commune: { __resolveReference: resolveCommuneReference },
      Departement: { __resolveReference: resolveDepartementReference },
      Region: { __resolveReference: resolveRegionReference },
      StructureSpro: { __resolveReference: resolveStructureReference },
      Evenement: { __resolveReference: resolveEvenementReference },
      Metier: { __resolveReference: resolveByKey },
      Formation: { __resolveReference: resolveByKey },
      Etablissement: { __resolveReference: resolveByKey },
    },
  );
}
