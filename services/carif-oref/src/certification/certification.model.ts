import { Schema, type Connection, type Model } from "mongoose";
import { provenanceSchema, type Provenance } from "@prisme/common";

/** A certification of the Certif Info referential, keyed by its Certif Info code. */
export interface CertificationDoc {
  _id?: string;
  empreinte?: string | null;
  id: string;
  libelle: string;
  typeDiplome: string | null;
  /** European qualification level (1–8), when Certif Info gives one. */
  niveau: string | null;
  codesRome: string[];
  formacodes: string[];
  codesNsf: string[];
  /** RNCP number, digits only (37537); null when the certification is not on the RNCP. */
  codeRncp: string | null;
  codeRs: string | null;
  /** CFD (code formation diplôme) of the Éducation nationale, "Code_Scolarité" in Certif Info. */
  codeCfd: string | null;
  /** Onisep FOR ids (codeIdeo2): the join with onisep's formations. */
  idsFormationOnisep: string[];
  certificateur: string | null;
  valideur: string | null;
  etat: string | null;
  etatLibelle: string | null;
  provenance: Provenance;
}

export const certificationSchema = new Schema<CertificationDoc>(
  {
    _id: { type: String },
    empreinte: { type: String, default: null },
    id: { type: String, required: true, unique: true },
    libelle: { type: String, required: true },
    typeDiplome: { type: String, default: null },
    niveau: { type: String, default: null },
    codesRome: { type: [String], default: [] },
    formacodes: { type: [String], default: [] },
    codesNsf: { type: [String], default: [] },
    codeRncp: { type: String, default: null, index: true },
    codeRs: { type: String, default: null },
    codeCfd: { type: String, default: null },
    idsFormationOnisep: { type: [String], default: [], index: true },
    certificateur: { type: String, default: null },
    valideur: { type: String, default: null },
    etat: { type: String, default: null },
    etatLibelle: { type: String, default: null },
    provenance: { type: provenanceSchema, required: true },
  },
  { collection: "certifications", versionKey: false },
);

certificationSchema.pre("validate", function () {
  if (!this._id) this._id = this.id;
});

export const certificationModel = (connection: Connection): Model<CertificationDoc> =>
  connection.models.Certification ?? connection.model<CertificationDoc>("Certification", certificationSchema);
