import { Schema, type Connection, type Model } from "mongoose";
import { provenanceSchema, type Provenance } from "@prisme/common";

/** An RNCP (or RS) fiche of the France Compétences export, keyed by its number (RNCP37537 → "37537" for RNCP; RS kept whole). */
export interface FicheRncpDoc {
  _id?: string;
  empreinte?: string | null;
  numero: string;
  intitule: string;
  /** European level (NIV3 → "3"); null when the fiche has none (RS, REPRISE). */
  niveau: string | null;
  actif: boolean;
  typeEnregistrement: string | null;
  dateFinEnregistrement: string | null;
  codesRome: string[];
  formacodes: string[];
  provenance: Provenance;
}

export const ficheRncpSchema = new Schema<FicheRncpDoc>(
  {
    _id: { type: String },
    empreinte: { type: String, default: null },
    numero: { type: String, required: true, unique: true },
    intitule: { type: String, required: true },
    niveau: { type: String, default: null },
    actif: { type: Boolean, required: true },
    typeEnregistrement: { type: String, default: null },
    dateFinEnregistrement: { type: String, default: null },
    codesRome: { type: [String], default: [] },
    formacodes: { type: [String], default: [] },
    provenance: { type: provenanceSchema, required: true },
  },
  { collection: "fiches_rncp", versionKey: false },
);

ficheRncpSchema.pre("validate", function () {
  if (!this._id) this._id = this.numero;
});

export const ficheRncpModel = (connection: Connection): Model<FicheRncpDoc> =>
  connection.models.FicheRncp ?? connection.model<FicheRncpDoc>("FicheRncp", ficheRncpSchema);
