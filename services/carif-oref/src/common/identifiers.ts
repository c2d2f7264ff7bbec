import { assertIdentifier, IDENTIFIANTS } from "@prisme/common";

/**
 * An LHEO formation numero. Each Carif-Oref numbers its offers its own way (AUV-OF-000101,
 * 14_AF_0000012345, …), so only the characters and the length are checked.
 */
export const OFFRE_ID = /^[A-Za-z0-9_.:-]{1,64}$/;
/** A ROME 4.0 fiche code (the shared definition of @prisme/common), for the LHEO mapper. */
export const CODE_ROME = IDENTIFIANTS.codeRome.motif;

export const checkOffreId = (id: string) => assertIdentifier(id, OFFRE_ID, "LHEO formation numero", "AUV-OF-000101", "id");
