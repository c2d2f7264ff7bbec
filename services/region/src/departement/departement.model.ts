import type { Provenance } from "@prisme/common";

/** The collection of départements, keyed by their INSEE code. */
export const DEPARTEMENTS = "departements";

/** A département; `_id` and `code` are its INSEE code (63, 2A, 974…). */
export interface DepartementDoc {
  _id: string;
  code: string;
  nom: string;
  /** INSEE code of its région: the reference the graph resolves into a Region. */
  codeRegion: string;
  provenance: Provenance;
}
