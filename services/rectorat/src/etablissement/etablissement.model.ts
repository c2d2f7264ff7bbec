import { Schema, type Connection, type Model } from "mongoose";
import { provenanceSchema, type Provenance } from "@prisme/common";
import type { EtatEtablissement, Secteur, Section, TypeEtablissement, Voie } from "./etablissement.enum";

/** What one source says about an établissement; every field optional, null = "this source does not know". */
export interface EtablissementChamps {
  nom?: string | null;
  type?: TypeEtablissement | null;
  nature?: { code: string; libelle: string } | null;
  secteur?: Secteur | null;
  contrat?: string | null;
  adresse?: { lignes: string[]; codePostal: string | null; localite: string | null } | null;
  codeCommune?: string | null;
  nomCommune?: string | null;
  codeDepartement?: string | null;
  codeAcademie?: string | null;
  coordonnees?: { latitude: number; longitude: number } | null;
  contacts?: { telephone: string | null; mail: string | null; web: string | null } | null;
  voies?: Voie[] | null;
  apprentissage?: boolean | null;
  hebergement?: boolean | null;
  restauration?: boolean | null;
  sections?: Section[] | null;
  ficheOnisep?: string | null;
  etat?: EtatEtablissement | null;
  dateOuverture?: string | null;
  siret?: string | null;
}

/** The sources that describe établissements, by priority: the Annuaire wins over the others. */
export const SOURCES_ETABLISSEMENT = ["annuaire", "geolocalisation", "demo"] as const;
export type SourceEtablissement = (typeof SOURCES_ETABLISSEMENT)[number];

export interface Origine {
  champs: EtablissementChamps;
  provenance: Provenance;
}

/** An établissement: the consolidated fields, and what each source said (kept so that no import erases another's). */
export interface EtablissementDoc extends EtablissementChamps {
  uai: string;
  nom: string;
  provenance: Provenance;
  origines: Partial<Record<SourceEtablissement, Origine>>;
}

export const etablissementSchema = new Schema<EtablissementDoc>(
  {
    uai: { type: String, required: true, unique: true },
    nom: { type: String, required: true },
    type: { type: String, default: null, index: true },
    nature: { type: Schema.Types.Mixed, default: null },
    secteur: { type: String, default: null },
    contrat: { type: String, default: null },
    adresse: { type: Schema.Types.Mixed, default: null },
    codeCommune: { type: String, default: null, index: true },
    nomCommune: { type: String, default: null },
    codeDepartement: { type: String, default: null },
    codeAcademie: { type: String, default: null, index: true },
    coordonnees: { type: Schema.Types.Mixed, default: null },
    contacts: { type: Schema.Types.Mixed, default: null },
    voies: { type: [String], default: null },
    apprentissage: { type: Boolean, default: null },
    hebergement: { type: Boolean, default: null },
    restauration: { type: Boolean, default: null },
    sections: { type: [String], default: null },
    ficheOnisep: { type: String, default: null },
    etat: { type: String, default: null },
    dateOuverture: { type: String, default: null },
    siret: { type: String, default: null },
    provenance: { type: provenanceSchema, required: true },
    origines: { type: Schema.Types.Mixed, required: true },
  },
  { collection: "etablissements", versionKey: false, minimize: false },
);

export const etablissementModel = (connection: Connection): Model<EtablissementDoc> =>
  connection.models.Etablissement ?? connection.model<EtablissementDoc>("Etablissement", etablissementSchema);
