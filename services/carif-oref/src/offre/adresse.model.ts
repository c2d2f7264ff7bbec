
/** A WGS 84 point, as LHEO geolocalisation gives it. */
export interface CoordonneesDoc {
  latitude: number;
  longitude: number;
}

/** An LHEO adresse: lines, postal code, city, INSEE commune code, and its point when known. */
export interface AdresseDoc {
  lignes: string[];
  codePostal: string | null;
  ville: string | null;
  codeInsee: string | null;
  departement: string | null;
  region: string | null;
  pays: string | null;
  coordonnees: CoordonneesDoc | null;
}

/** One LHEO extra kept as it came (`extras/@info` › `extra/@info` = value), e.g. CPF eligibility. */
export interface ExtraDoc {
  info: string;
  valeur: string;
}
