import { Schema, type Connection, type Model } from "mongoose";
import { provenanceSchema, type Provenance } from "@prisme/common";

/** A formation initiale of the Idéo-Formations export, keyed by its FOR.nnnn id. */
export interface FormationDoc {
  id: string;
  libelle: string;
  sigle?: string | null;
  /** ROME codes of the métiers it leads to (through Certif Info and Onisep links). */
  codesRome: string[];
  provenance: Provenance;
}

export const formationSchema = new Schema<FormationDoc>(
  {
    id: { type: String, required: true, unique: true },
    libelle: { type: String, required: true },
    sigle: { type: String, default: null },
    codesRome: { type: [String], default: [], index: true },
    provenance: { type: provenanceSchema, required: true },
  },
  { collection: "formations", versionKey: false },
);

export const formationModel = (connection: Connection): Model<FormationDoc> =>
  connection.models.Formation ?? connection.model<FormationDoc>("Formation", formationSchema);
