import type { Provenance } from "@prisme/common";

/** The collection of diploma (CFD) → Onisep formation links, keyed by CFD. */
export const LIENS_CFD_ONISEP = "liens_cfd_onisep";

/** Which Onisep formations (FOR ids) a diploma code (CFD, the `_id`) corresponds to, from Certif Info. */
export interface LienCfdOnisepDoc {
  _id: string;
  formationIds: string[];
  provenance?: Provenance;
}
