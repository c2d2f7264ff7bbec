import type { CollectionTable, Table } from "@prisme/common";
import type { CertificationDoc } from "../certification/certification.model";
import { PASSAGES, type PassageDoc } from "../passage/passage.model";

/** The table de passage, whole (about 5,000 rows), found by Onisep formation. */
export const passageTable: CollectionTable<PassageDoc, PassageDoc> = {
  collection: PASSAGES,
  toEntry: (doc) => doc,
  spec: {
    key: (p) => p._id,
    keywords: { formation: (p) => p.idFormation },
    orders: { code: (p) => p._id.padStart(8, "0") },
  },
};

/**
 * The Certif Info codes of an Onisep formation: Certif Info's own link (codeIdeo2) and the Onisep
 * table de passage's, each once.
 */
export function certifInfoDeFormation(state: { certifications: Table<CertificationDoc>; passages: Table<PassageDoc> }, idFormation: string): string[] {
  return [...new Set([...state.certifications.keysWith("formation", [idFormation]), ...state.passages.keysWith("formation", [idFormation])])];
}

/** The Onisep formations of a Certif Info code, by both links, each once. */
export function formationsDeCertifInfo(state: { passages: Table<PassageDoc> }, certification: Pick<CertificationDoc, "_id" | "idsFormationOnisep">): string[] {
  const passage = state.passages.get(certification._id)?.idFormation;
  return [...new Set([...(certification.idsFormationOnisep ?? []), ...(passage ? [passage] : [])])];
}
