import { Schema, type Connection, type Model } from "mongoose";
import { provenanceSchema, type Provenance } from "@prisme/common";
import type { CoordonneesDoc } from "@prisme/common";
import { PublicStructure, TypeStructure } from "./structure.enum";

/** A member structure of the SPRO, keyed by an id made of its source and the source's code (ft-457, milo-63113S00). */
export interface StructureDoc {
  id: string;
  type: TypeStructure;
  nom: string;
  adresse: string | null;
  /** INSEE code of the commune it sits in. */
  codeCommune: string | null;
  codeDepartement: string | null;
  /** Its own point, else its commune's centre (the national referentials give no address). */
  coordonnees: CoordonneesDoc | null;
  publics: PublicStructure[];
  services: string[];
  /** INSEE codes of the communes it serves (the Missions locales publish coverage zones). */
  communesCouvertes: string[];
  /** For a CIO: its UAI in the Annuaire de l'éducation (rectorat's Etablissement). */
  uai: string | null;
  provenance: Provenance;
}

const pointSchema = new Schema<CoordonneesDoc>({ latitude: { type: Number, required: true }, longitude: { type: Number, required: true } }, { _id: false });

export const structureSchema = new Schema<StructureDoc>(
  {
    id: { type: String, required: true, unique: true },
    type: { type: String, required: true, enum: Object.values(TypeStructure) },
    nom: { type: String, required: true },
    adresse: { type: String, default: null },
    codeCommune: { type: String, default: null },
    codeDepartement: { type: String, default: null },
    coordonnees: { type: pointSchema, default: null },
    publics: { type: [String], default: [] },
    services: { type: [String], default: [] },
    communesCouvertes: { type: [String], default: [] },
    uai: { type: String, default: null },
    provenance: { type: provenanceSchema, required: true },
  },
  { collection: "structures", versionKey: false },
);

export const structureModel = (connection: Connection): Model<StructureDoc> =>
  connection.models.StructureSpro ?? connection.model<StructureDoc>("StructureSpro", structureSchema);
