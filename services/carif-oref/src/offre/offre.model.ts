import { Schema, type Connection, type Model } from "mongoose";
import { provenanceSchema, type Provenance } from "@prisme/common";
import { sessionSchema, type SessionDoc } from "./session.model";

/** A continuing-education offer of an LHEO feed, keyed by its formation numero. */
export interface OffreDoc {
  id: string;
  intitule: string;
  /** ROME codes the offer prepares for: the join with Onisep métiers. */
  codesRome: string[];
  sessions: SessionDoc[];
  provenance: Provenance;
}

export const offreSchema = new Schema<OffreDoc>(
  {
    id: { type: String, required: true, unique: true },
    intitule: { type: String, required: true },
    codesRome: { type: [String], default: [], index: true },
    sessions: { type: [sessionSchema], default: [] },
    provenance: { type: provenanceSchema, required: true },
  },
  { collection: "offres", versionKey: false },
);

export const offreModel = (connection: Connection): Model<OffreDoc> =>
  connection.models.Offre ?? connection.model<OffreDoc>("Offre", offreSchema);
