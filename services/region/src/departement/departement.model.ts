import { Schema, type Connection, type Model } from "mongoose";
import { provenanceSchema, type Provenance } from "@prisme/common";

/** A département, keyed by its INSEE code (63, 2A, 974…). */
export interface DepartementDoc {
  code: string;
  nom: string;
  /** INSEE code of its région: the reference the graph resolves into a Region. */
  codeRegion: string;
  provenance: Provenance;
}

export const departementSchema = new Schema<DepartementDoc>(
  {
    code: { type: String, required: true, unique: true },
    nom: { type: String, required: true },
    // Indexed: a région lists its départements through it.
    codeRegion: { type: String, required: true, index: true },
    provenance: { type: provenanceSchema, required: true },
  },
  { collection: "departements", versionKey: false },
);

export const departementModel = (connection: Connection): Model<DepartementDoc> =>
  connection.models.Departement ?? connection.model<DepartementDoc>("Departement", departementSchema);
