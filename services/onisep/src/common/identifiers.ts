import { assertIdentifier } from "@prisme/common";

export const METIER_ID = /^MET\.\d{1,6}$/;
export const FORMATION_ID = /^FOR\.\d{1,6}$/;
export const CODE_ROME = /^[A-N]\d{4}$/;

export const checkMetierId = (id: string) => assertIdentifier(id, METIER_ID, "Onisep métier id", "MET.105", "id");
export const checkFormationId = (id: string) => assertIdentifier(id, FORMATION_ID, "Onisep formation id", "FOR.1234", "id");

/** Distinct documents by id, in first-seen order (a formation may match several ROME codes). */
export function distinctById<T extends { id: string }>(lists: T[][]): T[] {
  const seen = new Map<string, T>();
  for (const list of lists) for (const item of list) if (!seen.has(item.id)) seen.set(item.id, item);
  return [...seen.values()];
}
