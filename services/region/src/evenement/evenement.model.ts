import { Schema, type Connection, type Model } from "mongoose";
import { provenanceSchema, type Provenance } from "@prisme/common";
import type { CoordonneesDoc } from "@prisme/common";
import type { PublicStructure } from "../structure/structure.enum";
import { TypeEvenement } from "./evenement.enum";

export interface EvenementDoc {
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

const pointSchema = new Schema<CoordonneesDoc>({ latitude: { type: Number, required: true }, longitude: { type: Number, required: true } }, { _id: false });

export const evenementSchema = new Schema<EvenementDoc>(
  {
    id: { type: String, required: true, unique: true },
    type: { type: String, required: true, enum: Object.values(TypeEvenement) },
    titre: { type: String, required: true },
    description: { type: String, default: null },
    debut: { type: Date, required: true },
    fin: { type: Date, required: true },
    codeCommune: { type: String, default: null },
    coordonnees: { type: pointSchema, default: null },
    url: { type: String, default: null },
    organisateurStructure: { type: String, default: null },
    organisateurUai: { type: String, default: null },
    publics: { type: [String], default: [] },
    inscription: { type: String, default: null },
    metierIds: { type: [String], default: [] },
    formationIds: { type: [String], default: [] },
    uais: { type: [String], default: [] },
    annule: { type: Boolean, default: false },
    motifAnnulation: { type: String, default: null },
    provenance: { type: provenanceSchema, required: true },
  },
  { collection: "evenements", versionKey: false },
);

export const evenementModel = (connection: Connection): Model<EvenementDoc> =>
  connection.models.Evenement ?? connection.model<EvenementDoc>("Evenement", evenementSchema);
