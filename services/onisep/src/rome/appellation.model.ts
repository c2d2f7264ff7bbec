import type { Provenance } from "@prisme/common";

/** The ROME 4.0 appellations (job titles), keyed by their OGR code. */
export const APPELLATIONS_ROME = "appellations_rome";

/** A job title of ROME 4.0 (« Plaquiste »), under one fiche; `_id` and `codeOgr` are its OGR code. */
export interface AppellationDoc {
  _id: string;
  codeOgr: string;
  libelle: string;
  libelleCourt: string | null;
  codeRome: string;
  /** True for the fiche's main title (classification PRINCIPALE), false for a synonym. */
  principale: boolean;
  transitions: string[];
  emploiReglemente: boolean | null;
  emploiCadre: boolean | null;
  provenance: Provenance;
}
