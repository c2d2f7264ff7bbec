import type { Provenance } from "@prisme/common";

/** The collection of diploma (CFD) → Onisep formation links read from Certif Info, keyed by CFD. */
export const LIENS_CFD_ONISEP = "liens_cfd_onisep";

/**
 * The same links read from the Onisep table de passage, keyed by CFD: a collection of their own, so
 * that each source's import replaces only its own links (the read model decodes with both).
 */
export const LIENS_TABLE_DE_PASSAGE = "liens_cfd_onisep_table_de_passage";

/** Which Onisep formations (FOR ids) a diploma code (CFD, the `_id`) corresponds to, according to one source. */
export interface LienCfdOnisepDoc {
  _id: string;
  formationIds: string[];
  provenance?: Provenance;
}
