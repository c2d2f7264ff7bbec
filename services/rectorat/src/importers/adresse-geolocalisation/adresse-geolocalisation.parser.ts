import { CODE_COMMUNE, normaliseAcademie, normaliseDepartement, uaiProblem } from "../../common/identifiers";
import { TypeEtablissement } from "../../etablissement/etablissement.enum";
import type { EtablissementRecord } from "../../etablissement/etablissement.store";
import { ETATS, secteur } from "../annuaire/annuaire.parser";
import { plat, texte } from "../common/values";

/**
 * The dataset is exported either with labels as headers ("Code établissement") or with field
 * names ("numero_uai"): each field lists both, compared without accents or case.
 */
export const ALIAS = {
  uai: ["Code établissement", "numero_uai"],
  nom: ["Appellation officielle", "appellation_officielle"],
  secteur: ["Secteur Public/Privé", "secteur_public_prive_libe"],
  adresse: ["Adresse", "adresse_uai"],
  lieuDit: ["Lieu dit", "lieu_dit_uai"],
  boitePostale: ["Boite postale", "boite_postale_uai"],
  codePostal: ["Code postal", "code_postal_uai"],
  localite: ["Localite d'acheminement", "localite_acheminement_uai"],
  commune: ["Commune", "libelle_commune"],
  latitude: ["Latitude", "latitude"],
  longitude: ["Longitude", "longitude"],
  codeNature: ["Code nature", "nature_uai"],
  nature: ["Nature", "nature_uai_libe"],
  etat: ["Etat établissement", "etat_etablissement_libe"],
  departement: ["Code département", "code_departement"],
  academie: ["Code académie", "code_academie"],
  codeCommune: ["Code commune", "code_commune"],
  contrat: ["secteur_prive_libelle_type_contrat"],
  dateOuverture: ["date_ouverture"],
  ministere: ["libelle_ministere"],
  precision: ["Localisation", "localisation"],
} as const;

export type Champ = keyof typeof ALIAS;

/** For each field, the header that carries it in this file (absent when the file has none). */
export function colonnes(header: string[]): Partial<Record<Champ, string>> {
  const found: Partial<Record<Champ, string>> = {};
  for (const [champ, noms] of Object.entries(ALIAS) as [Champ, readonly string[]][]) {
    const h = header.find((name) => noms.some((nom) => plat(nom) === plat(name)));
    if (h) found[champ] = h;
  }
  return found;
}

/** Nature codes of the BCE: 1xx écoles, 34x/35x collèges, 30x–33x lycées, 370 EREA, 841 CIO. */
function typeParNature(code: string | null): TypeEtablissement | null {
  if (!code) return null;
  if (code.startsWith("1")) return TypeEtablissement.ECOLE;
  if (/^3[45]\d$/.test(code)) return TypeEtablissement.COLLEGE;
  if (/^3[0-3]\d$/.test(code)) return TypeEtablissement.LYCEE;
  if (code === "370") return TypeEtablissement.EREA;
  if (code === "841") return TypeEtablissement.CIO;
  return TypeEtablissement.AUTRE;
}

/** One row of the dataset as what it says of an établissement, or why it is rejected. */
export function lireGeolocalisation(values: Record<string, string>, cols: Partial<Record<Champ, string>>): EtablissementRecord | { rejet: string } {
  const get = (champ: Champ) => (cols[champ] ? texte(values[cols[champ]!]) : null);
  const uai = (get("uai") ?? "").toUpperCase();
  const probleme = uaiProblem(uai);
  if (probleme) return { rejet: probleme };
  const nom = get("nom");
  if (!nom) return { rejet: `${uai} has no name (Appellation officielle)` };
  const [lat, lon] = [Number.parseFloat(get("latitude") ?? ""), Number.parseFloat(get("longitude") ?? "")];
  const codeCommune = get("codeCommune");
  const codeNature = get("codeNature");
  const contrat = get("contrat");
  const lignes = [get("adresse"), get("lieuDit"), get("boitePostale") ? `BP ${get("boitePostale")}` : null].filter((l): l is string => l !== null);
  return {
    uai,
    champs: {
      nom,
      type: typeParNature(codeNature),
      nature: codeNature ? { code: codeNature, libelle: get("nature") ?? "" } : null,
      secteur: secteur(get("secteur") ?? ""),
      contrat: contrat && plat(contrat) !== "sans objet" ? contrat : null,
      adresse: { lignes, codePostal: get("codePostal"), localite: get("localite") },
      codeCommune: codeCommune && CODE_COMMUNE.test(codeCommune) ? codeCommune : null,
      nomCommune: get("commune"),
      codeDepartement: normaliseDepartement(get("departement")),
      codeAcademie: normaliseAcademie(get("academie")),
      coordonnees: Number.isFinite(lat) && Number.isFinite(lon) ? { latitude: lat, longitude: lon } : null,
      etat: ETATS[plat(get("etat") ?? "")] ?? null,
      dateOuverture: get("dateOuverture"),
      ministereTutelle: get("ministere"),
      precisionLocalisation: get("precision"),
    },
  };
}
