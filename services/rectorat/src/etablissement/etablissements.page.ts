import type { GraphQLResolveInfo } from "graphql";
import { connectionFromTable, facettesDemandees, pageRequest, type ConnectionArgs, type TableQuery } from "@prisme/common";
import type { RectoratContext } from "../context";
import { facettesEtablissements } from "./etablissement.facettes";
import { avecDistance } from "./etablissements.query";

/**
 * One page of établissements from the read model, with the facets the request selects (counted only
 * then: facets cost a pass over the matches). Every list of établissements is answered this way.
 */
export async function pageEtablissements(ctx: RectoratContext, query: TableQuery, args: ConnectionArgs, info: GraphQLResolveInfo) {
  const result = (await ctx.read()).etablissements.query({ ...query, facets: facettesDemandees(info) }, pageRequest(args));
  return { ...connectionFromTable(result, avecDistance), facettes: facettesEtablissements(result.facets) };
}
