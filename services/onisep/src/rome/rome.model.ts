import { Schema, type Connection, type Model } from "mongoose";
import { provenanceSchema, type Provenance } from "@prisme/common";

/** A ROME 4.0 fiche (France Travail), keyed by its code (M1805). */
export interface RomeDoc {
  code: string;
  libelle: string;
  /** The three-character domaine professionnel (M18) the code belongs to. */
  codeDomaineProfessionnel: string;
  codeFicheMetier?: string | null;
  codeOgr?: string | null;
  transitions?: string[];
  emploiReglemente?: boolean | null;
  emploiCadre?: boolean | null;
  codeRomeParent?: string | null;
  provenance: Provenance;
}

export const romeSchema = new Schema<RomeDoc>(
  {
    code: { type: String, required: true, unique: true },
    libelle: { type: String, required: true },
    codeDomaineProfessionnel: { type: String, required: true, index: true },
    codeFicheMetier: { type: String, default: null },
    codeOgr: { type: String, default: null },
    transitions: { type: [String], default: [] },
    emploiReglemente: { type: Boolean, default: null },
    emploiCadre: { type: Boolean, default: null },
    codeRomeParent: { type: String, default: null },
    provenance: { type: provenanceSchema, required: true },
  },
  { collection: "romes", versionKey: false },
);

export const romeModel = (connection: Connection): Model<RomeDoc> => connection.models.Rome ?? connection.model<RomeDoc>("Rome", romeSchema);

/** A ROME domaine professionnel (M18 "Systèmes d'information et de télécommunication"). */
export interface DomaineProfessionnelDoc {
  code: string;
  libelle: string;
  provenance: Provenance;
}

export const domaineProfessionnelSchema = new Schema<DomaineProfessionnelDoc>(
  {
    code: { type: String, required: true, unique: true },
    libelle: { type: String, required: true },
    provenance: { type: provenanceSchema, required: true },
  },
  { collection: "domaines_professionnels", versionKey: false },
);

export const domaineProfessionnelModel = (connection: Connection): Model<DomaineProfessionnelDoc> =>
  connection.models.DomaineProfessionnel ?? connection.model<DomaineProfessionnelDoc>("DomaineProfessionnel", domaineProfessionnelSchema);
