import { Schema, type Connection, type Model } from "mongoose";
import { provenanceSchema, type Provenance } from "@prisme/common";
import { actionSchema, type ActionDoc } from "./action.model";
import { extraSchema, type ExtraDoc } from "./adresse.model";

export interface CertificationRefDoc {
  codeRncp: string | null;
  codeCertifInfo: string | null;
  codeRs: string | null;
}

/** A continuing-education offer of an LHEO feed (formation → actions → sessions), keyed by its numero. */
export interface OffreDoc {
  _id?: string;
  id: string;
  empreinte?: string | null;
  intitule: string;
  objectif?: string | null;
  resultatsAttendus?: string | null;
  contenu?: string | null;
  certifiante?: boolean | null;
  /** ROME codes the offer prepares for: the join with Onisep métiers. */
  codesRome: string[];
  formacodes?: string[];
  codesNsf?: string[];
  codesCertifications?: CertificationRefDoc[];
  parcours?: string | null;
  objectifGeneral?: string | null;
  niveauEntree?: string | null;
  niveauSortie?: string | null;
  urls?: string[];
  siretOrganisme?: string | null;
  nomOrganisme?: string | null;
  actions: ActionDoc[];
  extras?: ExtraDoc[];
  /** Denormalised for filters and joins (one $in query per batch): every lieu's INSEE code, every certification code. */
  codesInsee?: string[];
  codesCertifInfo?: string[];
  codesRncp?: string[];
  /** LHEO version of the feed that last carried it (2.2, 2.3); null for demonstration data. */
  versionLheo?: string | null;
  /** True once the offer vanished from a full feed: kept, never deleted. */
  retiree?: boolean;
  dateRetrait?: Date | null;
  provenance: Provenance;
}

const codes = { type: [String], default: [], index: true };

export const offreSchema = new Schema<OffreDoc>(
  {
    // _id is the natural key: FerretDB 1.x only narrows a query on _id before reading documents.
    _id: { type: String },
    id: { type: String, required: true, unique: true },
    intitule: { type: String, required: true },
    objectif: { type: String, default: null },
    resultatsAttendus: { type: String, default: null },
    contenu: { type: String, default: null },
    certifiante: { type: Boolean, default: null },
    codesRome: codes,
    formacodes: { type: [String], default: [] },
    codesNsf: { type: [String], default: [] },
    codesCertifications: {
      type: [new Schema<CertificationRefDoc>({ codeRncp: { type: String, default: null }, codeCertifInfo: { type: String, default: null }, codeRs: { type: String, default: null } }, { _id: false })],
      default: [],
    },
    parcours: { type: String, default: null },
    objectifGeneral: { type: String, default: null },
    niveauEntree: { type: String, default: null },
    niveauSortie: { type: String, default: null },
    urls: { type: [String], default: [] },
    siretOrganisme: { type: String, default: null, index: true },
    nomOrganisme: { type: String, default: null },
    actions: { type: [actionSchema], default: [] },
    extras: { type: [extraSchema], default: [] },
    codesInsee: codes,
    codesCertifInfo: codes,
    codesRncp: codes,
    versionLheo: { type: String, default: null },
    retiree: { type: Boolean, default: false },
    dateRetrait: { type: Date, default: null },
    /** Digest of the imported content: an import compares it instead of reading the stored record. */
    empreinte: { type: String, default: null },
    provenance: { type: provenanceSchema, required: true },
  },
  { collection: "offres", versionKey: false },
);

offreSchema.pre("validate", function () {
  if (!this._id) this._id = this.id;
});

export const offreModel = (connection: Connection): Model<OffreDoc> =>
  connection.models.Offre ?? connection.model<OffreDoc>("Offre", offreSchema);
