import type { CursorKey } from "@prisme/common";
import type { RectoratState } from "../read-model/rectorat.read-model";
import { PopulationInsertion } from "./insertion.enum";
import type { InsertionDoc } from "./insertion.model";

const POPULATIONS = Object.values(PopulationInsertion);

/** Newest millésime first ("2022-2023" → -2022), then population in the enum's order: the sort key and the cursor of the list. */
export const parMillesime = (i: InsertionDoc): CursorKey => [-(Number.parseInt(i.millesime, 10) || 0), POPULATIONS.indexOf(i.population), i._id];

function compare(a: CursorKey, b: CursorKey): number {
  for (let k = 0; k < a.length; k += 1) if (a[k] !== b[k]) return a[k]! < b[k]! ? -1 : 1;
  return 0;
}

/** The indicators of a UAI (of one population, or all), newest first. */
export function insertionsDe(state: Pick<RectoratState, "insertions">, uai: string, population: PopulationInsertion | null | undefined): InsertionDoc[] {
  return state.insertions
    .of(uai)
    .filter((i) => population == null || i.population === population)
    .sort((a, b) => compare(parMillesime(a), parMillesime(b)));
}
