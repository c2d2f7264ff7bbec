import { assertIdentifier, badUserInput } from "@prisme/common";

/** UAI (Unité administrative immatriculée): seven digits and a check letter, e.g. 0630022G. */
export const UAI = /^\d{7}[A-Z]$/;
/** INSEE commune code: five digits, or 2A/2B and three digits for Corsica. */
export const CODE_COMMUNE = /^(\d{5}|2[AB]\d{3})$/;
/** INSEE département code: 63, 2A, 974. */
export const CODE_DEPARTEMENT = /^(\d{2}|2[AB]|97\d)$/;

// The check letter is the remainder of the six digits after the first, divided by 23, in an
// alphabet without I, O and Q (0630022G: 630022 mod 23 = 6 → G).
const CHECK_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

/** The check letter a UAI with these seven digits must end with. */
export function uaiCheckLetter(digits: string): string {
  return CHECK_LETTERS[Number(digits.slice(1, 7)) % 23];
}

/** Why a UAI is not valid, or null when it is (upper-cased, trimmed input expected). */
export function uaiProblem(uai: string): string | null {
  if (!UAI.test(uai)) return `"${uai}" is not a UAI: expected seven digits and a letter, e.g. 0630022G`;
  const expected = uaiCheckLetter(uai.slice(0, 7));
  if (uai[7] !== expected) return `"${uai}" has a wrong check letter: ${uai.slice(0, 7)} ends with ${expected}`;
  return null;
}

/**
 * The Annuaire writes the check letter in capitals, but people often type it in lower case:
 * accept both, and show the value as typed when it is refused.
 */
export function checkUai(value: string, argument = "uai"): string {
  const uai = value.trim().toUpperCase();
  if (!UAI.test(uai)) return assertIdentifier(value, UAI, "UAI (établissement code)", "0630022G", argument);
  const expected = uaiCheckLetter(uai.slice(0, 7));
  if (uai[7] !== expected) {
    throw badUserInput(`"${value}" is not a valid UAI: its check letter should be ${expected} (${uai.slice(0, 7)}${expected}).`, argument);
  }
  return uai;
}

export const checkCodeCommune = (code: string, argument = "codeCommune") =>
  assertIdentifier(code, CODE_COMMUNE, "INSEE commune code", "63113", argument);

export const checkCodeDepartement = (code: string, argument = "departement") =>
  assertIdentifier(code, CODE_DEPARTEMENT, "INSEE département code", "63", argument);

/** Département codes as INSEE writes them: the Rectorat's 3-digit "063" becomes "63". */
export function normaliseDepartement(code: string | undefined | null): string | null {
  const trimmed = (code ?? "").trim().toUpperCase();
  if (!trimmed) return null;
  const short = /^0\d{2}$|^0(2[AB])$/.test(trimmed) ? trimmed.slice(1) : trimmed;
  return CODE_DEPARTEMENT.test(short) ? short : null;
}
