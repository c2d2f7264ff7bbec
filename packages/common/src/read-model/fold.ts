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

/** Terms already folded: a corpus repeats a small vocabulary, so indexing 50,000 offers folds each word once. */
const folded = new Map<string, string | null>();
const FOLDED_MAX = 200_000;

/** One indexed or searched term, folded; null for a stop word. */
export function indexTerm(term: string): string | null {
  const known = folded.get(term);
  if (known !== undefined) return known;
  const text = fold(term);
  const result = text.length === 0 || STOP_WORDS.has(text) ? null : text;
  if (folded.size >= FOLDED_MAX) folded.clear();
  folded.set(term, result);
  return result;
}
