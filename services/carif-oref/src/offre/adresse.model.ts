import { Schema } from "mongoose";

/** A WGS 84 point, as LHEO geolocalisation gives it. */
export interface CoordonneesDoc {
  latitude: number;
  longitude: number;
}

/** An LHEO adresse: lines, postal code, city, INSEE commune code, and its point when known. */
export interface AdresseDoc {
  lignes: string[];
  codePostal: string | null;
  ville: string | null;
  codeInsee: string | null;
  departement: string | null;
  region: string | null;
  pays: string | null;
  coordonnees: CoordonneesDoc | null;
}

export const coordonneesSchema = new Schema<CoordonneesDoc>(
  { latitude: { type: Number, required: true, min: -90, max: 90 }, longitude: { type: Number, required: true, min: -180, max: 180 } },
  { _id: false },
);

export const adresseSchema = new Schema<AdresseDoc>(
  {
    lignes: { type: [String], default: [] },
    codePostal: { type: String, default: null },
    ville: { type: String, default: null },
    codeInsee: { type: String, default: null },
    departement: { type: String, default: null },
    region: { type: String, default: null },
    pays: { type: String, default: null },
    coordonnees: { type: coordonneesSchema, default: null },
  },
  { _id: false },
);

/** One LHEO extra kept as it came (`extras/@info` › `extra/@info` = value), e.g. CPF eligibility. */
export interface ExtraDoc {
  info: string;
  valeur: string;
}

export const extraSchema = new Schema<ExtraDoc>({ info: { type: String, required: true }, valeur: { type: String, default: "" } }, { _id: false });
