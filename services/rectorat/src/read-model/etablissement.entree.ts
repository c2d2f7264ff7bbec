import type { Provenance } from "@prisme/common";
import { sourcesDe } from "../etablissement/etablissement.merge";
import type { EtablissementChamps, EtablissementDoc } from "../etablissement/etablissement.model";
import type { OffreDoc } from "../offre/offre.model";
import type { Decodage } from "./decodage";

/** What the read model derives from an établissement's offers: the Onisep formations taught there. */
export interface Enseignements {
  /** FOR ids taught there, under any statut, sorted. */
  formationIds: string[];
  /** `FOR.nnnn|STATUT` pairs, sorted: where a formation is taught under a statut. */
  enseignements: string[];
}

/** An établissement as requests see it: its visible fields, main provenance, sources and what it teaches. */
export interface EtablissementEntree extends EtablissementChamps, Enseignements {
  uai: string;
  nom: string;
  /** The main source's provenance (the Annuaire when it lists it). */
  provenance: Provenance;
  /** Every dataset that describes it, main one first. */
  sources: Provenance[];
}

/** The key of an établissement's statut-wise teaching of a formation (a keyword of the table). */
export const enseignement = (formationId: string, statut: string) => `${formationId}|${statut}`;

/** The formations an établissement's offers decode to (BCN MEF → CFD → Certif Info, or given directly). */
export function enseignementsDe(offres: readonly OffreDoc[], decodage: Decodage): Enseignements {
  const formationIds = new Set<string>();
  const paires = new Set<string>();
  for (const offre of offres) {
    for (const id of decodage.decode(offre).formationIds) {
      formationIds.add(id);
      paires.add(enseignement(id, offre.statut));
    }
  }
  return { formationIds: [...formationIds].sort(), enseignements: [...paires].sort() };
}

/** Whether two derivations differ (an entry is re-indexed only then). */
export const memesEnseignements = (a: Enseignements, b: Enseignements) => a.enseignements.join(" ") === b.enseignements.join(" ");

/** The entry of a stored établissement: the sources' parts are left out (only their provenance is shown). */
export function entreeDe(doc: EtablissementDoc, enseignements: Enseignements): EtablissementEntree {
  const { _id, origines, provenance: derniere, ...champs } = doc;
  const sources = origines ? sourcesDe(origines) : [];
  const principale = sources[0] ?? derniere;
  if (!principale) throw new Error(`rectorat: établissement ${_id} is stored without any provenance`);
  return { ...champs, uai: doc.uai ?? _id, provenance: principale, sources: sources.length ? sources : [principale], ...enseignements };
}
