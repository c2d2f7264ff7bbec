import { assertIdentifier } from "@prisme/common";

/** UAI (Unité administrative immatriculée): seven digits and a check letter, e.g. 0630022G. */
export const UAI = /^\d{7}[A-Z]$/;
/** INSEE commune code: five digits, or 2A/2B and three digits for Corsica. */
export const CODE_COMMUNE = /^(\d{5}|2[AB]\d{3})$/;

/**
 * The Annuaire writes the check letter in capitals, but people often type it in lower case:
 * accept both, and show the value as typed when it is refused.
 */
export function checkUai(value: string, argument = "uai"): string {
  const uai = value.trim().toUpperCase();
  if (UAI.test(uai)) return uai;
  return assertIdentifier(value, UAI, "UAI (établissement code)", "0630022G", argument);
}

export const checkCodeCommune = (code: string, argument = "codeCommune") =>
  assertIdentifier(code, CODE_COMMUNE, "INSEE commune code", "63113", argument);
