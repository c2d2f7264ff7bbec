import { Schema, type Connection, type Model } from "mongoose";
import { provenanceSchema, type Provenance } from "@prisme/common";
import type { CoordonneesDoc } from "@prisme/common";

/** A current commune (commune actuelle) of the Code officiel géographique, keyed by its INSEE code. */
export interface CommuneDoc {
  code: string;
  nom: string;
  codesPostaux: string[];
  /** Legal municipal population; unknown for a few uninhabited overseas territories. */
  population: number | null;
  /** INSEE code of its département: the reference the graph resolves into a Departement. */
  codeDepartement: string;
  provenance: Provenance;
  /** Centre of the commune (La Poste's base officielle des codes postaux, or the demo data); null until imported. */
  centre?: CoordonneesDoc | null;
  /** Where the centre comes from: another source than the rest of the record (Etalab). */
  centreProvenance?: Provenance | null;
}

const pointSchema = new Schema<CoordonneesDoc>({ latitude: { type: Number, required: true }, longitude: { type: Number, required: true } }, { _id: false });

export const communeSchema = new Schema<CommuneDoc>(
  {
    code: { type: String, required: true, unique: true },
    nom: { type: String, required: true },
    codesPostaux: { type: [String], default: [] },
    population: { type: Number, default: null },
    // Indexed: communes are listed and loaded département by département.
    codeDepartement: { type: String, required: true, index: true },
    provenance: { type: provenanceSchema, required: true },
    centre: { type: pointSchema, default: null },
    centreProvenance: { type: provenanceSchema, default: null },
  },
  { collection: "communes", versionKey: false },
);

export const communeModel = (connection: Connection): Model<CommuneDoc> =>
  connection.models.Commune ?? connection.model<CommuneDoc>("Commune", communeSchema);
