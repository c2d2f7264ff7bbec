import type { CollectionTable } from "@prisme/common";
import { CERTIFICATIONS, type CertificationDoc } from "../certification/certification.model";

/** The Certif Info certifications, whole (about 10,000), found by code, RNCP number or Onisep formation. */
export const certificationTable: CollectionTable<CertificationDoc, CertificationDoc> = {
  collection: CERTIFICATIONS,
  toEntry: (doc) => doc,
  spec: {
    key: (c) => c._id,
    keywords: { codeRncp: (c) => c.codeRncp, formation: (c) => c.idsFormationOnisep ?? [] },
    // The active one (Certif Info state 0) first, then the lowest code: what preferActive picks.
    orders: { actifPuisCode: (c) => `${c.etat === "0" ? 0 : 1}:${c._id.padStart(8, "0")}` },
  },
};
