import type { Provenance } from "@prisme/common";
import { SOURCES_ETABLISSEMENT, type EtablissementChamps, type EtablissementDoc, type Origine, type SourceEtablissement } from "./etablissement.model";

const CHAMPS: (keyof EtablissementChamps)[] = [
  "nom", "type", "nature", "secteur", "contrat", "adresse", "codeCommune", "nomCommune", "codeDepartement", "codeAcademie",
  "coordonnees", "contacts", "voies", "apprentissage", "hebergement", "restauration", "sections", "ficheOnisep", "etat",
  "dateOuverture", "siret",
];

/**
 * The consolidated établissement: each field from the highest-priority source that knows it,
 * so that a lower source (geolocation, demo) completes the Annuaire without ever erasing it.
 */
export function consolidate(uai: string, origines: Partial<Record<SourceEtablissement, Origine>>): Omit<EtablissementDoc, "_id"> {
  const present = SOURCES_ETABLISSEMENT.filter((source) => origines[source]);
  const doc: Record<string, unknown> = { uai };
  for (const champ of CHAMPS) {
    const from = present.find((source) => origines[source]!.champs[champ] != null);
    doc[champ] = from ? origines[from]!.champs[champ] : null;
  }
  const principale: Provenance = origines[present[0]]!.provenance;
  return { ...(doc as unknown as EtablissementDoc), nom: (doc.nom as string | null) ?? uai, provenance: principale, origines };
}
