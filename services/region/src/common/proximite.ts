import { badUserInput, cercleProximite, type CentreDeCommune, type Circle } from "@prisme/common";
import type { RegionState } from "../read-model/region.read-model";
import type { ProximiteArgs } from "./proximite.args";
import { circleOf } from "./point";

/** The communes' centres of this subgraph's own read model (it owns them: no HTTP round trip). */
export const centresDe = (state: RegionState): CentreDeCommune => async (code) => state.communes.get(code)?.centre ?? null;

const ANCIENS = ["latitude", "longitude", "commune", "rayonKm"] as const;

/**
 * The circle a list is asked about: `proximite`, or the deprecated flat arguments (answered as before);
 * null when neither is given. Both at once would be two answers to one question: refused.
 */
export async function cercleDemande(args: Partial<Pick<ProximiteArgs, "proximite" | (typeof ANCIENS)[number]>>, state: RegionState): Promise<Circle | null> {
  const ancien = ANCIENS.find((name) => args[name] != null);
  if (args.proximite != null) {
    if (ancien) throw badUserInput(`Give proximite alone: ${ancien} is its deprecated form, not a second filter.`, ancien);
    return cercleProximite(args.proximite, centresDe(state));
  }
  return circleOf(args, state);
}
