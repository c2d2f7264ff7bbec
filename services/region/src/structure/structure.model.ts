import type { CoordonneesDoc, Provenance } from "@prisme/common";
import type { JourSemaine, PublicStructure, TypeStructure } from "./structure.enum";

/** The collection of SPRO structures, keyed by their id. */
export const STRUCTURES = "structures";

/** One opening slot: a day, "HH:MM" to "HH:MM" (local time). */
export interface HoraireDoc {
  jour: JourSemaine;
  ouverture: string;
  fermeture: string;
}

/** How to reach a structure (each null when unknown). */
export interface ContactsDoc {
  telephone: string | null;
  courriel: string | null;
  siteWeb: string | null;
}

/** A member structure of the SPRO; `_id` and `id` are made of its source and the source's code (ft-457, milo-63113S00). */
export interface StructureDoc {
  _id: string;
  id: string;
  type: TypeStructure;
  nom: string;
  adresse: string | null;
  /** INSEE code of the commune it sits in. */
  codeCommune: string | null;
  codeDepartement: string | null;
  /**
   * Its own point, when the source gives one. Without it, the read model places the structure at
   * its commune's centre (so a centre imported later places it too).
   */
  coordonnees: CoordonneesDoc | null;
  publics: PublicStructure[];
  services: string[];
  /** INSEE codes of the communes it serves (the Missions locales publish coverage zones). */
  communesCouvertes: string[];
  /** For a CIO: its UAI in the Annuaire de l'éducation (rectorat's Etablissement). */
  uai: string | null;
  /** Opening slots, by day then time. */
  horaires: HoraireDoc[];
  /** Free text on the hours ("sur rendez-vous le mercredi"). */
  precisionHoraires: string | null;
  contacts: ContactsDoc;
  provenance: Provenance;
}

/** What an importer writes (the writer adds the provenance). */
export type StructureRecord = Omit<StructureDoc, "provenance">;
