import { assertIdentifier } from "@prisme/common";

/**
 * An LHEO formation numero. Each Carif-Oref numbers its offers its own way (AUV-OF-000101,
 * 14_AF_0000012345, …), so only the characters and the length are checked.
 */
export const OFFRE_ID = /^[A-Za-z0-9_.:-]{1,64}$/;
/** A ROME 4.0 fiche code: a domain letter A–N and four digits. */
export const CODE_ROME = /^[A-N]\d{4}$/;

export const checkOffreId = (id: string) => assertIdentifier(id, OFFRE_ID, "LHEO formation numero", "AUV-OF-000101", "id");
export const checkCodeRome = (code: string) => assertIdentifier(code, CODE_ROME, "ROME code", "M1805", "codeRome");
