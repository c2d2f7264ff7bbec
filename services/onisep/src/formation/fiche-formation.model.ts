import type { Provenance } from "@prisme/common";

/** The Onisep fiches formations (description, access, further studies), keyed by FOR id. */
export const FICHES_FORMATIONS = "fiches_formations";

/** The descriptive fiche of a formation; HTML fields are stored sanitised (see html.sanitizer.ts). */
export interface FicheFormationDoc {
  _id: string;
  idFormation: string;
  description: string | null;
  acces: string | null;
  poursuitesEtudes: string | null;
  /** The formations it leads on to, as plain labels. */
  poursuitesPossibles: string[];
  provenance: Provenance;
}
