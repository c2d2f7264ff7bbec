import { Schema, type Connection, type Model } from "mongoose";
import { provenanceSchema, type Provenance } from "@prisme/common";

/** A région of the Code officiel géographique, keyed by its INSEE code (84 = Auvergne-Rhône-Alpes). */
export interface RegionDoc {
  code: string;
  nom: string;
  provenance: Provenance;
}

export const regionSchema = new Schema<RegionDoc>(
  {
    code: { type: String, required: true, unique: true },
    nom: { type: String, required: true },
    provenance: { type: provenanceSchema, required: true },
  },
  { collection: "regions", versionKey: false },
);

export const regionModel = (connection: Connection): Model<RegionDoc> =>
  connection.models.Region ?? connection.model<RegionDoc>("Region", regionSchema);
