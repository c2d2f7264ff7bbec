import type { GraphQLResolveInfo } from "graphql";
import { connectionFromTable, facettesDemandees, facetteValeurs, pageRequest, type ConnectionArgs, type TableQuery } from "@prisme/common";
import type { OnisepState } from "../read-model/onisep.read-model";

const oui = (v: string) => (v === "true" ? "Oui" : "Non");

/** A page of métiers from the read model, with the facets the request selects (each labelled in French). */
export function metierConnection(state: OnisepState, query: TableQuery, args: ConnectionArgs, info?: GraphQLResolveInfo) {
  const result = state.metiers.query({ ...query, facets: info ? facettesDemandees(info) : [] }, pageRequest(args));
  const domaines = new Map(state.domaines().map((d) => [d.libelle.toLowerCase(), d.libelle]));
  return {
    ...connectionFromTable(result),
    facettes: {
      domaine: facetteValeurs(result.facets.domaine, (v) => domaines.get(v) ?? v),
      transitionEcologique: facetteValeurs(result.facets.transitionEcologique, oui),
      transitionNumerique: facetteValeurs(result.facets.transitionNumerique, oui),
      transitionDemographique: facetteValeurs(result.facets.transitionDemographique, oui),
    },
  };
}
