import type { VariablesOf } from "@/graphql/graphql";
import type { EvenementSujetsQuery } from "@/app/evenements/[id]/evenement.query";

type Variables = VariablesOf<typeof EvenementSujetsQuery>;

export const MAX_SUJETS = 5;

/** The variables naming up to five métiers and five formations, each switched on. */
export function sujetsVariables(metierIds: readonly string[], formationIds: readonly string[]): Variables {
  const variables: Record<string, string | boolean> = {};
  metierIds.slice(0, MAX_SUJETS).forEach((id, i) => Object.assign(variables, { [`m${i}`]: id, [`avecM${i}`]: true }));
  formationIds.slice(0, MAX_SUJETS).forEach((id, i) => Object.assign(variables, { [`f${i}`]: id, [`avecF${i}`]: true }));
  return variables as Variables;
}
