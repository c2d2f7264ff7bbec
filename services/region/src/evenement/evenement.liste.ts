import { badUserInput, connectionFromTable, pageRequest, type TableHit } from "@prisme/common";
import type { RegionContext } from "../context";
import { circleOf } from "../common/point";
import type { EvenementsArgs } from "./evenement.args";
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
 */
export async function listerEvenements(ctx: RegionContext, args: EvenementsArgs, de: EvenementsDe = {}) {
  const page = pageRequest(args);
  const state = await ctx.read();
  const near = circleOf(args, state);
  if (args.du && args.au && args.au < args.du) throw badUserInput("au is before du.", "au");
  const du = args.du ?? new Date();
  const metier = de.metier ?? args.metier;
  const formation = de.formation ?? args.formation;
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
    },
    page,
  );
  return connectionFromTable(result, (hit: TableHit<EvenementDoc>) => ({ ...hit.entry, distanceKm: hit.distanceKm }));
}
