import { Schema, type Connection, type Model } from "mongoose";
import { provenanceSchema, type Provenance } from "@prisme/common";
import { domaineSousDomaineSchema } from "../common/domaine.schema";
import type { DomaineSousDomaine } from "../common/text";

export interface NiveauDoc {
  /** European qualification level (3 = CAP … 8 = doctorat), null when the source gives none. */
  europeen: number | null;
  libelle: string;
  /** The "niveau RNCP" value as written in the export (old French nomenclature: 5 = CAP … 1 = bac+5). */
  valeurSource: string | null;
}

/** A formation initiale of the Idéo-Formations export, keyed by its FOR.nnnn id. */
export interface FormationDoc {
  id: string;
  libelle: string;
  sigle?: string | null;
  type?: { sigle: string | null; libelle: string | null } | null;
  duree?: string | null;
  codeRncp?: string | null;
  codeCnis?: string | null;
  niveau?: NiveauDoc | null;
  tutelle?: string | null;
  domaines?: DomaineSousDomaine[];
  /** Normalized domaine/sous-domaine keys, indexed: how a métier finds formations when no ROME code links them. */
  sousDomaineKeys?: string[];
  urlOnisep?: string | null;
  /** ROME codes of the métiers it leads to (through Certif Info and Onisep links). */
  codesRome: string[];
  provenance: Provenance;
}

export const formationSchema = new Schema<FormationDoc>(
  {
    id: { type: String, required: true, unique: true },
    libelle: { type: String, required: true },
    sigle: { type: String, default: null },
    type: { type: new Schema({ sigle: String, libelle: String }, { _id: false }), default: null },
    duree: { type: String, default: null },
    codeRncp: { type: String, default: null, index: true },
    codeCnis: { type: String, default: null },
    niveau: { type: new Schema({ europeen: Number, libelle: String, valeurSource: String }, { _id: false }), default: null },
    tutelle: { type: String, default: null },
    domaines: { type: [domaineSousDomaineSchema], default: [] },
    sousDomaineKeys: { type: [String], default: [], index: true },
    urlOnisep: { type: String, default: null },
    codesRome: { type: [String], default: [], index: true },
    provenance: { type: provenanceSchema, required: true },
  },
  { collection: "formations", versionKey: false },
);

export const formationModel = (connection: Connection): Model<FormationDoc> =>
  connection.models.Formation ?? connection.model<FormationDoc>("Formation", formationSchema);
