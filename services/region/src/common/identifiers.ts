import { assertIdentifier } from "@prisme/common";

/** INSEE commune code: five digits, or 2A/2B and three digits for Corsica. */
export const CODE_COMMUNE = /^(\d{5}|2[AB]\d{3})$/;
/** INSEE département code: 01…95, 2A/2B, or three digits overseas (971…989). */
export const CODE_DEPARTEMENT = /^(\d{2}|2[AB]|9[78]\d)$/;
/** INSEE région code: two digits, or three for the overseas collectivities that stand alone (975, 988…). */
export const CODE_REGION = /^\d{2,3}$/;

export const checkCodeCommune = (code: string, argument = "code") =>
  assertIdentifier(code, CODE_COMMUNE, "INSEE commune code", "63113", argument);
export const checkCodeDepartement = (code: string, argument = "code") =>
  assertIdentifier(code, CODE_DEPARTEMENT, "INSEE département code", "63", argument);
export const checkCodeRegion = (code: string, argument = "code") =>
  assertIdentifier(code, CODE_REGION, "INSEE région code", "84", argument);
