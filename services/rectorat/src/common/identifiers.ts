import { badUserInput, estIdentifiant, IDENTIFIANTS, verifierIdentifiant } from "@prisme/common";
import { cite } from "../importers/common/cite";

/** The shared identifiers' patterns (one definition, in @prisme/common), for the parsers of the sources. */
export const UAI = IDENTIFIANTS.uai.motif;
export const CODE_COMMUNE = IDENTIFIANTS.codeCommune.motif;

// The check letter is the remainder of the six digits after the first, divided by 23, in an
// alphabet without I, O and Q (0630022G: 630022 mod 23 = 6 → G).
const CHECK_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

/** The check letter a UAI with these seven digits must end with. */
export function uaiCheckLetter(digits: string): string {
  return CHECK_LETTERS[Number(digits.slice(1, 7)) % 23];
}

/** Why a UAI read from a file is not valid, or null when it is (upper-cased, trimmed input expected). */
export function uaiProblem(uai: string): string | null {
  if (!UAI.test(uai)) return `${cite(uai)} is not a UAI: expected seven digits and a letter, e.g. 0630022G`;
  const expected = uaiCheckLetter(uai.slice(0, 7));
  if (uai[7] !== expected) return `${cite(uai)} has a wrong check letter: ${uai.slice(0, 7)} ends with ${expected}`;
  return null;
}

/**
 * A UAI argument: the shared check and normalisation (lower case accepted), then the check letter,
 * which this subgraph, owner of établissements, also verifies.
 */
export function verifierUai(value: string, argument = "uai"): string {
  const uai = verifierIdentifiant("uai", value, argument);
  const expected = uaiCheckLetter(uai.slice(0, 7));
  if (uai[7] !== expected) {
    throw badUserInput(`"${value}" is not a valid UAI: its check letter should be ${expected} (${uai.slice(0, 7)}${expected}).`, argument);
  }
  return uai;
}

/** Département codes as INSEE writes them (the Rectorat's 3-digit "063" becomes "63"), or null for what is not one. */
export function normaliseDepartement(code: string | undefined | null): string | null {
  if (!code?.trim() || !estIdentifiant("codeDepartement", code)) return null;
  return IDENTIFIANTS.codeDepartement.normaliser(code);
}

/** An académie code as the graph writes it (two digits: 6 becomes 06), or null for what is not one. */
export function normaliseAcademie(code: string | undefined | null): string | null {
  if (!code?.trim() || !estIdentifiant("codeAcademie", code)) return null;
  return IDENTIFIANTS.codeAcademie.normaliser(code);
}
