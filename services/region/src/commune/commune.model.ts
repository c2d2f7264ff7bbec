import type { CoordonneesDoc, Provenance } from "@prisme/common";

/**
 * A current commune (commune actuelle) of the Code officiel géographique, as the read model holds it;
 * `_id` and `code` are its INSEE code. Stored in lots by département (territoire/communes.lots.ts).
 */
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

/** The centre of a commune (La Poste's base officielle des codes postaux, or the demo data), with its lot's provenance. */
export interface CentreDoc {
  _id: string;
  centre: CoordonneesDoc;
  provenance: Provenance;
}
