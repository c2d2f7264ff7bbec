import { badUserInput, connectionFromTable, facetteValeurs, pageRequest, type ConnectionArgs, type PageRequest, type TableHit, type TableQuery } from "@prisme/common";
import type { RegionContext } from "../context";
import { cercleDemande } from "../common/proximite";
import type { StructureEntry } from "../read-model/structure.table";
import { LIBELLES_PUBLIC, LIBELLES_TYPE_STRUCTURE, type PublicStructure, type TypeStructure } from "./structure.enum";
import type { StructuresArgs } from "./structure.args";

/** A structure of a list, with its distance from the point of the query (null without one). */
const withDistance = (hit: TableHit<StructureEntry>) => ({ ...hit.entry, distanceKm: hit.distanceKm });

/** One page of structures from the read model, with the facets the request selects (counted only then). */
async function page(ctx: RegionContext, request: PageRequest, query: TableQuery) {
  const { structures } = await ctx.read();
  const result = structures.query(query, request);
  return {
    ...connectionFromTable(result, withDistance),
    facettes: {
      type: facetteValeurs(result.facets.type, (v) => LIBELLES_TYPE_STRUCTURE[v as TypeStructure] ?? v),
      public: facetteValeurs(result.facets.public, (v) => LIBELLES_PUBLIC[v as PublicStructure] ?? v),
    },
  };
}

/** `structures(…)`: of a network, receiving a public, near a point (nearest first) or all of them by name. */
export async function listerStructures(ctx: RegionContext, args: StructuresArgs, facets: string[]) {
  const request = pageRequest(args);
  const near = await cercleDemande(args, await ctx.read());
  if (args.rayonKm != null && !near) throw badUserInput("rayonKm needs a point: latitude and longitude, or a commune.", "rayonKm");
  return page(ctx, request, { where: { type: args.type ? [args.type] : null, public: args.public ? [args.public] : null }, near, facets });
}

/** `Commune.structures`: those whose coverage zone includes the commune, by name. */
export function structuresCouvrant(ctx: RegionContext, codeCommune: string, type: TypeStructure | null | undefined, args: ConnectionArgs, facets: string[]) {
  return page(ctx, pageRequest(args), { where: { couvre: [codeCommune], type: type ? [type] : null }, facets });
}
