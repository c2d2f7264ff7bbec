import type { Provenance } from "@prisme/common";

/** The collection of régions, keyed by their INSEE code. */
export const REGIONS = "regions";

/** A région of the Code officiel géographique; `_id` and `code` are its INSEE code (84 = Auvergne-Rhône-Alpes). */
export interface RegionDoc {
  _id: string;
  code: string;
  nom: string;
  provenance: Provenance;
}
