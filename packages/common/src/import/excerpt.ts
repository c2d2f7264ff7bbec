import { clip } from "./report";

/** The longest text of a file an import message quotes: a person reads the reason, not the file. */
export const EXCERPT_MAX = 200;

/** A short excerpt of a text taken from a file (a value, a header, a parser's message), on one line. */
export function excerpt(text: string, max = EXCERPT_MAX): string {
  return clip(text.replace(/\s+/g, " ").trim(), max);
}
