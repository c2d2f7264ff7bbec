import { badUserInput, connectionFromTable, facetteValeurs, pageRequest, verifierIdentifiant, type TableHit } from "@prisme/common";
import type { RegionContext } from "../context";
import { cercleDemande } from "../common/proximite";
import type { EvenementsArgs } from "./evenement.args";
import { LIBELLES_TYPE_EVENEMENT, type TypeEvenement } from "./evenement.enum";
import type { EvenementDoc } from "./evenement.model";

/** What the entity a list hangs from adds to its filters (Metier.evenements: that métier…). */
export interface EvenementsDe {
  metier?: string;
  formation?: string;
  uai?: string;
}

/**
 * The events of `Query.evenements` and of the entities' `evenements`: not over at `du` (default
 * now, so past events leave the lists), starting at or before `au`, soonest first; cancelled ones
 * stay, marked. Near a point: within the radius, with their distance (online events have no point).
 * `facets` are the facets the request selects: they cost a pass over the matches, so only those are counted.
 */
export async function listerEvenements(ctx: RegionContext, args: EvenementsArgs, de: EvenementsDe = {}, facets: string[] = []) {
  const page = pageRequest(args);
  const state = await ctx.read();
  const near = await cercleDemande(args, state);
  if (args.du && args.au && args.au < args.du) throw badUserInput("au is before du.", "au");
  const du = args.du ?? new Date();
  // The entity's own key comes from its owner subgraph; an argument comes from a user and is checked.
  const metier = de.metier ?? (args.metier != null ? verifierIdentifiant("idMetier", args.metier, "metier") : null);
  const formation = de.formation ?? (args.formation != null ? verifierIdentifiant("idFormation", args.formation, "formation") : null);
  const result = state.evenements.query(
    {
      where: {
        type: args.type ? [args.type] : null,
        metier: metier ? [metier] : null,
        formation: formation ? [formation] : null,
        uai: de.uai ? [de.uai] : null,
      },
      range: { fin: { min: du.getTime() }, debut: args.au ? { max: args.au.getTime() } : null },
      near,
      order: "debut",
      facets,
    },
    page,
  );
  return {
    ...connectionFromTable(result, (hit: TableHit<EvenementDoc>) => ({ ...hit.entry, distanceKm: hit.distanceKm })),
    facettes: { type: facetteValeurs(result.facets.type, (v) => LIBELLES_TYPE_EVENEMENT[v as TypeEvenement] ?? v) },
  };
}
