import type { Provenance } from "@prisme/common";
import { SOURCES_ETABLISSEMENT, type EtablissementChamps, type EtablissementDoc, type Origine, type SourceEtablissement } from "./etablissement.model";

const CHAMPS: (keyof EtablissementChamps)[] = [
  "nom", "type", "nature", "secteur", "contrat", "adresse", "codeCommune", "nomCommune", "codeDepartement", "codeAcademie",
  "coordonnees", "contacts", "voies", "apprentissage", "hebergement", "restauration", "sections", "ficheOnisep", "etat",
  "dateOuverture", "siret", "ecoleMaternelle", "ecoleElementaire", "educationPrioritaire", "ulis", "circonscription", "bassinFormation",
  "ministereTutelle", "dateMiseAJour", "precisionLocalisation", "nombreEleves",
];

type Origines = Partial<Record<SourceEtablissement, Origine>>;

/**
 * The consolidated établissement: each field from the highest-priority source that knows it,
 * so that a lower source (geolocation, demo) completes the Annuaire without ever erasing it.
 */
export function consolidate(uai: string, origines: Origines): EtablissementDoc {
  const present = SOURCES_ETABLISSEMENT.filter((source) => origines[source]);
  const doc: Record<string, unknown> = { _id: uai, uai };
  for (const champ of CHAMPS) {
    const from = present.find((source) => origines[source]!.champs[champ] != null);
    doc[champ] = from ? origines[from]!.champs[champ] : null;
  }
  return { ...(doc as unknown as EtablissementDoc), nom: (doc.nom as string | null) ?? uai, origines };
}

/** Every source's provenance, main one (highest priority) first. */
export const sourcesDe = (origines: Origines): Provenance[] => SOURCES_ETABLISSEMENT.flatMap((source) => (origines[source] ? [origines[source]!.provenance] : []));
