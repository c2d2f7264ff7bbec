import { Schema, type Connection, type Model } from "mongoose";
import { provenanceSchema, type Provenance } from "@prisme/common";

/** An établissement of the Annuaire de l'éducation (lycée, CFA…), keyed by its UAI. */
export interface EtablissementDoc {
  uai: string;
  nom: string;
  /** INSEE code of its commune: the join with the region subgraph. */
  codeCommune: string;
  /** Absent when the Annuaire has no geolocation for it. */
  coordonnees?: { latitude: number; longitude: number } | null;
  /** Onisep FOR ids of the formations taught there: the join with the onisep subgraph. */
  formationIds: string[];
  provenance: Provenance;
}

const coordonneesSchema = new Schema(
  {
    latitude: { type: Number, required: true, min: -90, max: 90 },
    longitude: { type: Number, required: true, min: -180, max: 180 },
  },
  { _id: false },
);

export const etablissementSchema = new Schema<EtablissementDoc>(
  {
    uai: { type: String, required: true, unique: true },
    nom: { type: String, required: true },
    codeCommune: { type: String, required: true, index: true },
    coordonnees: { type: coordonneesSchema, default: null },
    // Indexed: Formation.etablissements asks "which établissements list this FOR id".
    formationIds: { type: [String], default: [], index: true },
    provenance: { type: provenanceSchema, required: true },
  },
  { collection: "etablissements", versionKey: false },
);

export const etablissementModel = (connection: Connection): Model<EtablissementDoc> =>
  connection.models.Etablissement ?? connection.model<EtablissementDoc>("Etablissement", etablissementSchema);
