/** Lower case, accents and punctuation gone: "Ébéniste-Marqueteur" and "ebeniste marqueteur" are the same text. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Words that say nothing of what is searched: left out of the index and of queries (French). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  "a au aux avec ce ces d dans de des du en et l la le les leur ou par pour sa se ses son sur un une".split(" "),
);

/** One indexed or searched term, folded; null for a stop word. */
export function indexTerm(term: string): string | null {
  const folded = fold(term);
  return folded.length === 0 || STOP_WORDS.has(folded) ? null : folded;
}
