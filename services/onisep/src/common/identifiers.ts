import { assertIdentifier, badUserInput } from "@prisme/common";

export const METIER_ID = /^MET\.\d{1,6}$/;
export const FORMATION_ID = /^FOR\.\d{1,6}$/;
export const CODE_ROME = /^[A-N]\d{4}$/;
export const CODE_RNCP = /^(?:RNCP)?\d{1,6}$/i;

export const checkMetierId = (id: string) => assertIdentifier(id, METIER_ID, "Onisep métier id", "MET.105", "id");
export const checkFormationId = (id: string) => assertIdentifier(id, FORMATION_ID, "Onisep formation id", "FOR.1234", "id");
export const checkCodeRome = (code: string, argument = "code") => assertIdentifier(code.toUpperCase(), CODE_ROME, "ROME code", "M1805", argument);

/** An RNCP number, with or without its "RNCP" prefix, as the bare number the exports carry. */
export function checkCodeRncp(code: string, argument = "codeRncp"): string {
  const trimmed = assertIdentifier(code, CODE_RNCP, "RNCP code", "RNCP35990 or 35990", argument);
  return String(Number(trimmed.replace(/^rncp/i, "")));
}

/** Refuses a free-text argument that is too long to be a search. */
export function checkSearchText(text: string, argument = "recherche"): string {
  const trimmed = text.trim();
  if (trimmed.length > 200) throw badUserInput(`"${argument}" is too long (${trimmed.length} characters, at most 200).`, argument);
  return trimmed;
}

/** The Onisep id at the end of an onisep.fr link (…/slug/FOR.6913), or null. */
export function onisepIdFromUrl(url: string | undefined | null, prefix: "FOR" | "MET"): string | null {
  const match = new RegExp(`(${prefix}\\.\\d{1,6})\\s*$`).exec(url?.trim() ?? "");
  return match ? match[1] : null;
}

/** Distinct documents by id, in first-seen order (a formation may match several ROME codes). */
export function distinctById<T extends { id: string }>(lists: T[][]): T[] {
  const seen = new Map<string, T>();
  for (const list of lists) for (const item of list) if (!seen.has(item.id)) seen.set(item.id, item);
  return [...seen.values()];
}
