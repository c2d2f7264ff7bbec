import { Schema, type Connection, type Model } from "mongoose";
import { provenanceSchema, type Provenance } from "@prisme/common";
import type { CoordonneesDoc } from "@prisme/common";
import { JourSemaine, PublicStructure, TypeStructure } from "./structure.enum";

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

/** A member structure of the SPRO, keyed by an id made of its source and the source's code (ft-457, milo-63113S00). */
export interface StructureDoc {
  id: string;
  type: TypeStructure;
  nom: string;
  adresse: string | null;
  /** INSEE code of the commune it sits in. */
  codeCommune: string | null;
  codeDepartement: string | null;
  /** Its own point, else its commune's centre (the national referentials give no address). */
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

const horaireSchema = new Schema<HoraireDoc>(
  { jour: { type: String, required: true, enum: Object.values(JourSemaine) }, ouverture: { type: String, required: true }, fermeture: { type: String, required: true } },
  { _id: false },
);
const contactsSchema = new Schema<ContactsDoc>(
  { telephone: { type: String, default: null }, courriel: { type: String, default: null }, siteWeb: { type: String, default: null } },
  { _id: false },
);

const pointSchema = new Schema<CoordonneesDoc>({ latitude: { type: Number, required: true }, longitude: { type: Number, required: true } }, { _id: false });

export const structureSchema = new Schema<StructureDoc>(
  {
    id: { type: String, required: true, unique: true },
    type: { type: String, required: true, enum: Object.values(TypeStructure) },
    nom: { type: String, required: true },
    adresse: { type: String, default: null },
    codeCommune: { type: String, default: null },
    codeDepartement: { type: String, default: null },
    coordonnees: { type: pointSchema, default: null },
    publics: { type: [String], default: [] },
    services: { type: [String], default: [] },
    communesCouvertes: { type: [String], default: [] },
    uai: { type: String, default: null },
    horaires: { type: [horaireSchema], default: [] },
    precisionHoraires: { type: String, default: null },
    contacts: { type: contactsSchema, default: () => ({ telephone: null, courriel: null, siteWeb: null }) },
    provenance: { type: provenanceSchema, required: true },
  },
  { collection: "structures", versionKey: false },
);

export const structureModel = (connection: Connection): Model<StructureDoc> =>
  connection.models.StructureSpro ?? connection.model<StructureDoc>("StructureSpro", structureSchema);
