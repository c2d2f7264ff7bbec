import type { CoordonneesDoc, Provenance } from "@prisme/common";

/** The collection of current communes, keyed by their INSEE code. */
export const COMMUNES = "communes";

/**
 * The collection of the communes' centres, keyed by INSEE code. Apart from the communes because
 * another source publishes them (La Poste, not Etalab): each source writes its own records, with
 * its own provenance, and a new vintage of the territory never erases a centre.
 */
export const CENTRES = "centres_communes";

/** A current commune (commune actuelle) of the Code officiel géographique; `_id` and `code` are its INSEE code. */
export interface CommuneDoc {
  _id: string;
  code: string;
  nom: string;
  codesPostaux: string[];
  /** Legal municipal population; unknown for a few uninhabited overseas territories. */
  population: number | null;
  /** INSEE code of its département: the reference the graph resolves into a Departement. */
  codeDepartement: string;
  provenance: Provenance;
}

/** The centre of a commune (La Poste's base officielle des codes postaux, or the demo data). */
export interface CentreDoc {
  _id: string;
  centre: CoordonneesDoc;
  provenance: Provenance;
}
