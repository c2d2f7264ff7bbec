import type { Provenance } from "@prisme/common";
import type { SourceOffre, StatutFormation } from "./offre.enum";

/** The collection of offers, keyed by their natural key (see `cleOffre`). */
export const OFFRES = "offres";

/** A formation taught by an établissement (UAI × MEFSTAT11 × statut), as an admission platform lists it or the constat de rentrée counts its pupils. */
export interface OffreDoc {
  /** Natural key: source, UAI, MEFSTAT11 (or FOR id for demo offers) and statut. */
  _id: string;
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
  /** Pupils enrolled at the rentrée (constat de rentrée); absent for the platforms' offers. */
  effectif?: number | null;
  /** The platform's own label (Parcoursup), when it gives one. */
  libelle: string | null;
  /** Onisep FOR ids given directly (demonstration); imported offers are linked through CFD. */
  formationIds: string[];
  provenance: Provenance;
}

/** The natural key of an offer: one platform lists one offer per UAI × MEFSTAT11 (or FOR id) × statut. */
export const cleOffre = (offre: Pick<OffreDoc, "source" | "uai" | "statut">, code: string | null) => `${offre.source}:${offre.uai}:${code}:${offre.statut}`;
