// Which commune a person meant by what they typed: the graph ranks the communes (names starting
// with the text first, then by population); the first is taken when it is clearly the one.

/** Lower case, no accents, hyphens and apostrophes as spaces: "Puy-en-Velay" = "puy en velay". */
export function normalizeName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[-'’]/g, " ")
    .replace(/\bst\b/g, "saint")
    .replace(/\bste\b/g, "sainte")
    .replace(/\s+/g, " ")
    .trim();
}

interface CommuneCandidate {
  nom: string;
  codesPostaux: readonly string[];
}

/** The commune meant, when there is one answer, or the first answer's name or postal code is exactly what was typed. */
export function communeMeant<C extends CommuneCandidate>(typed: string, candidates: readonly C[]): C | undefined {
  const first = candidates[0];
  if (!first) return undefined;
  if (candidates.length === 1) return first;
  const text = normalizeName(typed);
  if (/^\d{5}$/.test(text)) {
    const serving = candidates.filter((c) => c.codesPostaux.includes(text));
    return serving.length === 1 ? serving[0] : undefined;
  }
  const exact = candidates.filter((c) => normalizeName(c.nom) === text);
  return exact.length === 1 ? exact[0] : undefined;
}
