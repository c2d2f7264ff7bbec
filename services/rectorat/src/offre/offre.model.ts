import { Schema, type Connection, type Model } from "mongoose";
import { provenanceSchema, type Provenance } from "@prisme/common";
import type { SourceOffre, StatutFormation } from "./offre.enum";

/** A formation offered by an établissement (UAI × MEFSTAT11 × statut), as an admission platform lists it. */
export interface OffreDoc {
  /** Natural key: source, UAI, MEFSTAT11 (or FOR id for demo offers) and statut. */
  cle: string;
  source: SourceOffre;
  uai: string;
  /** MEFSTAT11 code, decoded through the BCN N_MEF table; null for demonstration offers. */
  mefStat11: string | null;
  statut: StatutFormation;
  /** Rentrée the figures are for (from the file name), e.g. 2022. */
  session: number | null;
  capacite: number | null;
  demandesPremierVoeu: number | null;
  voeuxConfirmes: number | null;
  /** The platform's own label (Parcoursup), when it gives one. */
  libelle: string | null;
  /** Onisep FOR ids given directly (demonstration); imported offers are linked through CFD. */
  formationIds: string[];
  provenance: Provenance;
}

export const offreSchema = new Schema<OffreDoc>(
  {
    cle: { type: String, required: true, unique: true },
    source: { type: String, required: true },
    uai: { type: String, required: true, index: true },
    mefStat11: { type: String, default: null, index: true },
    statut: { type: String, required: true },
    session: { type: Number, default: null },
    capacite: { type: Number, default: null },
    demandesPremierVoeu: { type: Number, default: null },
    voeuxConfirmes: { type: Number, default: null },
    libelle: { type: String, default: null },
    formationIds: { type: [String], default: [], index: true },
    provenance: { type: provenanceSchema, required: true },
  },
  { collection: "offres", versionKey: false },
);

export const offreModel = (connection: Connection): Model<OffreDoc> =>
  connection.models.Offre ?? connection.model<OffreDoc>("Offre", offreSchema);
