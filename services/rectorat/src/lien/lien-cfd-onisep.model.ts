import { Schema, type Connection, type Model } from "mongoose";
import { provenanceSchema, type Provenance } from "@prisme/common";

/** Which Onisep formations (FOR ids) a diploma code (CFD) corresponds to, from Certif Info. */
export interface LienCfdOnisepDoc {
  cfd: string;
  formationIds: string[];
  provenance: Provenance;
}

export const lienCfdOnisepSchema = new Schema<LienCfdOnisepDoc>(
  {
    cfd: { type: String, required: true, unique: true },
    formationIds: { type: [String], default: [], index: true },
    provenance: { type: provenanceSchema, required: true },
  },
  { collection: "liens_cfd_onisep", versionKey: false },
);

export const lienCfdOnisepModel = (connection: Connection): Model<LienCfdOnisepDoc> =>
  connection.models.LienCfdOnisep ?? connection.model<LienCfdOnisepDoc>("LienCfdOnisep", lienCfdOnisepSchema);
