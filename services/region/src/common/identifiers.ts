import { assertIdentifier, IDENTIFIANTS } from "@prisme/common";

// The shared keys are checked by @prisme/common (verifierIdentifiant) for every subgraph; importers test
// the raw values of a file against the same patterns.

/** INSEE commune code: five digits, or 2A/2B and three digits for Corsica. */
export const CODE_COMMUNE = IDENTIFIANTS.codeCommune.motif;
/** INSEE département code: 01…95, 2A/2B, or three digits overseas (971…989). */
export const CODE_DEPARTEMENT = IDENTIFIANTS.codeDepartement.motif;
/** UAI of an établissement: seven digits and a letter. */
export const UAI = IDENTIFIANTS.uai.motif;
/** INSEE région code: two digits, or three for the overseas collectivities that stand alone (975, 988…). */
export const CODE_REGION = /^\d{2,3}$/;

/** A région code (owned here, shared with no other subgraph), or a BAD_USER_INPUT showing the expected form. */
export const checkCodeRegion = (code: string, argument = "code") => assertIdentifier(code, CODE_REGION, "INSEE région code", "84", argument);
