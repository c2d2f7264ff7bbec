import { Schema, type Connection, type Model } from "mongoose";
import { provenanceSchema, type Provenance } from "@prisme/common";
import type { PopulationInsertion } from "./insertion.enum";

/** InserJeunes indicators of one établissement, for one millésime and population (DEPP). */
export interface InsertionDoc {
  cle: string;
  uai: string;
  /** Two school years the cohort covers, e.g. "2022-2023". */
  millesime: string;
  population: PopulationInsertion;
  libelleEtablissement: string | null;
  tauxPoursuiteEtudes: number | null;
  tauxEmploi6Mois: number | null;
  tauxEmploi6MoisAttendu: number | null;
  valeurAjoutee: number | null;
  partPoursuiteEtudes: number | null;
  partEmploi6Mois: number | null;
  partAutresSituations: number | null;
  provenance: Provenance;
}

export const insertionSchema = new Schema<InsertionDoc>(
  {
    cle: { type: String, required: true, unique: true },
    uai: { type: String, required: true, index: true },
    millesime: { type: String, required: true },
    population: { type: String, required: true },
    libelleEtablissement: { type: String, default: null },
    tauxPoursuiteEtudes: { type: Number, default: null },
    tauxEmploi6Mois: { type: Number, default: null },
    tauxEmploi6MoisAttendu: { type: Number, default: null },
    valeurAjoutee: { type: Number, default: null },
    partPoursuiteEtudes: { type: Number, default: null },
    partEmploi6Mois: { type: Number, default: null },
    partAutresSituations: { type: Number, default: null },
    provenance: { type: provenanceSchema, required: true },
  },
  { collection: "insertions", versionKey: false },
);

export const insertionModel = (connection: Connection): Model<InsertionDoc> =>
  connection.models.Insertion ?? connection.model<InsertionDoc>("Insertion", insertionSchema);
