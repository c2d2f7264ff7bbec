import { Schema } from "mongoose";
import { adresseSchema, extraSchema, type AdresseDoc, type ExtraDoc } from "./adresse.model";
import { ModaliteEnseignement } from "./modalite-enseignement.enum";
import { sessionSchema, type SessionDoc } from "./session.model";

/** A lieu de formation: where an action is taught (an adresse, with SIRET/UAI when given). */
export interface LieuDoc {
  nom: string | null;
  siret: string | null;
  uai: string | null;
  adresse: AdresseDoc;
}

export interface FinanceurDoc {
  code: string;
  nbPlacesFinancees: number | null;
}

export interface OrganismeFormateurDoc {
  siret: string;
  raisonSociale: string | null;
}

/** An LHEO action: one way an offer is delivered (place, rhythm, funding), with its sessions. */
export interface ActionDoc {
  numero: string | null;
  rythme: string | null;
  codesPublicVise: string[];
  infoPublicVise: string | null;
  niveauEntreeObligatoire: boolean | null;
  modalitesAlternance: string | null;
  modaliteEnseignement: ModaliteEnseignement | null;
  conditionsSpecifiques: string | null;
  priseEnChargeFraisPossible: boolean | null;
  lieux: LieuDoc[];
  entreesSortiesPermanentes: boolean | null;
  urls: string[];
  dureeIndicative: string | null;
  nombreHeuresCentre: number | null;
  nombreHeuresEntreprise: number | null;
  nombreHeuresTotal: number | null;
  prixTotalTTC: string | null;
  organismesFormateurs: OrganismeFormateurDoc[];
  financeurs: FinanceurDoc[];
  hebergement: string | null;
  restauration: string | null;
  transport: string | null;
  accesHandicapes: string | null;
  langues: string[];
  sessions: SessionDoc[];
  extras: ExtraDoc[];
}

const text = { type: String, default: null };
const int = { type: Number, default: null };
const bool = { type: Boolean, default: null };

const lieuSchema = new Schema<LieuDoc>({ nom: text, siret: text, uai: text, adresse: { type: adresseSchema, required: true } }, { _id: false });

export const actionSchema = new Schema<ActionDoc>(
  {
    numero: text,
    rythme: text,
    codesPublicVise: { type: [String], default: [] },
    infoPublicVise: text,
    niveauEntreeObligatoire: bool,
    modalitesAlternance: text,
    modaliteEnseignement: { type: String, enum: [...Object.values(ModaliteEnseignement), null], default: null },
    conditionsSpecifiques: text,
    priseEnChargeFraisPossible: bool,
    lieux: { type: [lieuSchema], default: [] },
    entreesSortiesPermanentes: bool,
    urls: { type: [String], default: [] },
    dureeIndicative: text,
    nombreHeuresCentre: int,
    nombreHeuresEntreprise: int,
    nombreHeuresTotal: int,
    prixTotalTTC: text,
    organismesFormateurs: { type: [new Schema<OrganismeFormateurDoc>({ siret: { type: String, required: true }, raisonSociale: text }, { _id: false })], default: [] },
    financeurs: { type: [new Schema<FinanceurDoc>({ code: { type: String, required: true }, nbPlacesFinancees: int }, { _id: false })], default: [] },
    hebergement: text,
    restauration: text,
    transport: text,
    accesHandicapes: text,
    langues: { type: [String], default: [] },
    sessions: { type: [sessionSchema], default: [] },
    extras: { type: [extraSchema], default: [] },
  },
  { _id: false },
);
