import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "@prisme/common";
import { AcademieResolver, resolveAcademieReference } from "./academie/academie.resolver";
import { CommuneResolver, resolveCommuneReference } from "./commune/commune.resolver";
import { EtablissementOffresResolver } from "./etablissement/etablissement-offres.resolver";
import { EtablissementResolver, resolveEtablissementReference } from "./etablissement/etablissement.resolver";
import { FormationResolver, resolveFormationReference } from "./formation/formation.resolver";
import { Formation } from "./formation/formation.type";
import { InsertionResolver } from "./insertion/insertion.resolver";
import { FormationEnEtablissementResolver } from "./offre/formation-en-etablissement.resolver";

/** The Rectorat subgraph schema (no database needed to build it: resolvers read the context). */
export function buildRectoratSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [EtablissementResolver, EtablissementOffresResolver, FormationEnEtablissementResolver, InsertionResolver, FormationResolver, CommuneResolver, AcademieResolver],
      // No query returns a Formation here: it is reached only through _entities, so name it.
      orphanedTypes: [Formation],
    },
    {
      Etablissement: { __resolveReference: resolveEtablissementReference },
      Formation: { __resolveReference: resolveFormationReference },
      Commune: { __resolveReference: resolveCommuneReference },
      Academie: { __resolveReference: resolveAcademieReference },
    },
  );
}
