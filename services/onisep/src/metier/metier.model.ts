import { Schema, type Connection, type Model } from "mongoose";
import { provenanceSchema, type Provenance } from "@prisme/common";
import { domaineSousDomaineSchema } from "../common/domaine.schema";
import type { DomaineSousDomaine } from "../common/text";

/** One Onisep publication that presents the métier (the export has one row per publication). */
export interface PublicationDoc {
  titre: string;
  /** Onisep collection (Parcours, Dossiers…); not named `collection`, a name mongoose reserves. */
  nomCollection: string | null;
  annee: number | null;
  gencod: string | null;
}

/** A métier of the Idéo-Métiers Onisep export, keyed by its MET.nnn id. */
export interface MetierDoc {
  id: string;
  libelle: string;
  libelleMasculin?: string | null;
  libelleFeminin?: string | null;
  codesRome: string[];
  /** ROME libellés as the Onisep export gives them, parallel to codesRome (used when no ROME fiche is imported). */
  libellesRome?: string[];
  domaines?: DomaineSousDomaine[];
  sousDomaineKeys?: string[];
  /** Onisep's "GFE" (groupe formation emploi) label. */
  gfe?: string | null;
  publications?: PublicationDoc[];
  urlOnisep?: string | null;
  provenance: Provenance;
}

const publicationSchema = new Schema<PublicationDoc>(
  { titre: { type: String, required: true }, nomCollection: String, annee: Number, gencod: String },
  { _id: false },
);

export const metierSchema = new Schema<MetierDoc>(
  {
    id: { type: String, required: true, unique: true },
    libelle: { type: String, required: true },
    libelleMasculin: { type: String, default: null },
    libelleFeminin: { type: String, default: null },
    codesRome: { type: [String], default: [], index: true },
    libellesRome: { type: [String], default: [] },
    domaines: { type: [domaineSousDomaineSchema], default: [] },
    sousDomaineKeys: { type: [String], default: [], index: true },
    gfe: { type: String, default: null },
    publications: { type: [publicationSchema], default: [] },
    urlOnisep: { type: String, default: null },
    provenance: { type: provenanceSchema, required: true },
  },
  { collection: "metiers", versionKey: false },
);

export const metierModel = (connection: Connection): Model<MetierDoc> =>
  connection.models.Metier ?? connection.model<MetierDoc>("Metier", metierSchema);
