import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "@prisme/common";
import { CertificationResolver, resolveCertificationReference } from "./certification/certification.resolver";
import { Certification } from "./certification/certification.type";
import { FicheRncpResolver } from "./certification/fiche-rncp.resolver";
import { FormacodeResolver, resolveFormacodeReference } from "./formacode/formacode.resolver";
import { CommuneResolver, resolveCommuneReference } from "./commune/commune.resolver";
import { Commune } from "./commune/commune.type";
import { EtablissementResolver, resolveEtablissementReference } from "./etablissement/etablissement.resolver";
import { Etablissement } from "./etablissement/etablissement.type";
import { FormationResolver, resolveFormationReference } from "./formation/formation.resolver";
import { Formation } from "./formation/formation.type";
import { MetierResolver, resolveMetierReference } from "./metier/metier.resolver";
import { Metier } from "./metier/metier.type";
import { ContactResolver } from "./offre/contact.resolver";
import { ActionResolver, FinanceurResolver, LieuResolver } from "./offre/lieu.resolver";
import { OffreFieldsResolver } from "./offre/offre.fields.resolver";
import { OffreResolver, resolveOffreReference } from "./offre/offre.resolver";
import { OrganismeResolver, resolveOrganismeReference } from "./organisme/organisme.resolver";
import { OrganismeFormation } from "./organisme/organisme.type";
import { resolveRomeReference, RomeResolver } from "./rome/rome.resolver";
import { Rome } from "./rome/rome.type";

/** The Carif-Oref subgraph schema (no database needed to build it: resolvers read the context). */
export function buildCarifOrefSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [OffreResolver, OffreFieldsResolver, LieuResolver, FinanceurResolver, ActionResolver, ContactResolver, FormacodeResolver, FicheRncpResolver, OrganismeResolver, CertificationResolver, MetierResolver, RomeResolver, CommuneResolver, FormationResolver, EtablissementResolver],
      // No query returns these entities of other subgraphs: without orphanedTypes type-graphql would drop them and their fields.
      orphanedTypes: [Metier, Rome, Commune, Formation, OrganismeFormation, Certification, Etablissement],
    },
    {
      OffreFormation: { __resolveReference: resolveOffreReference },
      OrganismeFormation: { __resolveReference: resolveOrganismeReference },
      Certification: { __resolveReference: resolveCertificationReference },
      Metier: { __resolveReference: resolveMetierReference },
      Rome: { __resolveReference: resolveRomeReference },
      Commune: { __resolveReference: resolveCommuneReference },
      Formation: { __resolveReference: resolveFormationReference },
      Etablissement: { __resolveReference: resolveEtablissementReference },
      Formacode: { __resolveReference: resolveFormacodeReference },
    },
  );
}
