import { Schema, type Connection, type Model } from "mongoose";
import { provenanceSchema, type Provenance } from "@prisme/common";
import { adresseSchema, type AdresseDoc } from "../offre/adresse.model";

/** An organisme de formation responsable, keyed by SIRET (LHEO organisme-formation-responsable). */
export interface OrganismeDoc {
  _id?: string;
  siret: string;
  empreinte?: string | null;
  nom: string;
  raisonSociale: string | null;
  numeroActivite: string | null;
  uai: string | null;
  adresse: AdresseDoc | null;
  telephone: string | null;
  courriel: string | null;
  web: string | null;
  provenance: Provenance;
}

export const organismeSchema = new Schema<OrganismeDoc>(
  {
    _id: { type: String },
    siret: { type: String, required: true, unique: true },
    nom: { type: String, required: true },
    raisonSociale: { type: String, default: null },
    numeroActivite: { type: String, default: null },
    uai: { type: String, default: null },
    adresse: { type: adresseSchema, default: null },
    telephone: { type: String, default: null },
    courriel: { type: String, default: null },
    web: { type: String, default: null },
    /** Digest of the imported content: an import compares it instead of reading the stored record. */
    empreinte: { type: String, default: null },
    provenance: { type: provenanceSchema, required: true },
  },
  { collection: "organismes", versionKey: false },
);

organismeSchema.pre("validate", function () {
  if (!this._id) this._id = this.siret;
});

export const organismeModel = (connection: Connection): Model<OrganismeDoc> =>
  connection.models.Organisme ?? connection.model<OrganismeDoc>("Organisme", organismeSchema);
