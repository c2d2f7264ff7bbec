import { Schema, type Connection, type Model } from "mongoose";
import { provenanceSchema, type Provenance } from "@prisme/common";

/** A métier of the Idéo-Métiers Onisep export, keyed by its MET.nnn id. */
export interface MetierDoc {
  id: string;
  libelle: string;
  codesRome: string[];
  provenance: Provenance;
}

export const metierSchema = new Schema<MetierDoc>(
  {
    id: { type: String, required: true, unique: true },
    libelle: { type: String, required: true },
    codesRome: { type: [String], default: [], index: true },
    provenance: { type: provenanceSchema, required: true },
  },
  { collection: "metiers", versionKey: false },
);

export const metierModel = (connection: Connection): Model<MetierDoc> =>
  connection.models.Metier ?? connection.model<MetierDoc>("Metier", metierSchema);
