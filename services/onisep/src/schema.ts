import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "@prisme/common";
import { DomaineResolver } from "./domaine/domaine.resolver";
import { FormationResolver, resolveFormationReference } from "./formation/formation.resolver";
import { MetierResolver, resolveMetierReference } from "./metier/metier.resolver";
import { QuizResolver, ResultatQuizResolver } from "./quiz/quiz.resolver";
import { RomeResolver, resolveRomeReference } from "./rome/rome.resolver";

/** The Onisep subgraph schema (no database needed to build it: resolvers read the context). */
export function buildOnisepSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [MetierResolver, FormationResolver, RomeResolver, DomaineResolver, QuizResolver, ResultatQuizResolver] },
    {
      Metier: { __resolveReference: resolveMetierReference },
      Formation: { __resolveReference: resolveFormationReference },
      Rome: { __resolveReference: resolveRomeReference },
    },
  );
}
