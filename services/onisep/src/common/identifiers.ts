import { badUserInput, IDENTIFIANTS } from "@prisme/common";

/** The shared identifiers' patterns (one definition, in @prisme/common), for the parsers of the exports. */
export const CODE_ROME = IDENTIFIANTS.codeRome.motif;

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
