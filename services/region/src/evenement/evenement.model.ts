import type { CoordonneesDoc, Provenance } from "@prisme/common";
import type { PublicStructure } from "../structure/structure.enum";
import type { TypeEvenement } from "./evenement.enum";

/** The collection of events, keyed by their id. */
export const EVENEMENTS = "evenements";

/** An orientation event; `_id` and `id` are its id (demo-…, or evt-<uuid> when an administrator creates it). */
export interface EvenementDoc {
  _id: string;
  id: string;
  type: TypeEvenement;
  titre: string;
  description: string | null;
  /** Instants (UTC in the database); the events happen in Europe/Paris time. */
  debut: Date;
  fin: Date;
  codeCommune: string | null;
  coordonnees: CoordonneesDoc | null;
  /** Online events: where to join. */
  url: string | null;
  /** Organiser, by reference: a StructureSpro id, or an établissement's UAI. */
  organisateurStructure: string | null;
  organisateurUai: string | null;
  publics: PublicStructure[];
  /** How to register (a URL or a sentence); null when free entry. */
  inscription: string | null;
  metierIds: string[];
  formationIds: string[];
  /** Établissements concerned (open days…). */
  uais: string[];
  annule: boolean;
  motifAnnulation: string | null;
  provenance: Provenance;
}

/** What is written for an event (the writer adds the provenance). */
export type EvenementRecord = Omit<EvenementDoc, "provenance">;
