import { CODE_COMMUNE, normaliseAcademie, normaliseDepartement, uaiProblem } from "../../common/identifiers";
import { EtatEtablissement, Secteur, Section, TypeEtablissement, Voie } from "../../etablissement/etablissement.enum";
import type { EtablissementChamps } from "../../etablissement/etablissement.model";
import type { EtablissementRecord } from "../../etablissement/etablissement.store";
import { dateIso, drapeau, plat, texte } from "../common/values";
import { detailsAnnuaire } from "./annuaire.details";

/** The columns without which a file is not the Annuaire (names in lower case, as the API writes them). */
export const COLONNES_ANNUAIRE = ["identifiant_de_l_etablissement", "nom_etablissement"];

const TYPES: Record<string, TypeEtablissement> = {
  ecole: TypeEtablissement.ECOLE,
  college: TypeEtablissement.COLLEGE,
  lycee: TypeEtablissement.LYCEE,
  erea: TypeEtablissement.EREA,
  "information et orientation": TypeEtablissement.CIO,
  "medico-social": TypeEtablissement.MEDICO_SOCIAL,
  "service administratif": TypeEtablissement.SERVICE_ADMINISTRATIF,
  autre: TypeEtablissement.AUTRE,
};

export const ETATS: Record<string, EtatEtablissement> = {
  ouvert: EtatEtablissement.OUVERT,
  "a ouvrir": EtatEtablissement.A_OUVRIR,
  "a fermer": EtatEtablissement.A_FERMER,
  ferme: EtatEtablissement.FERME,
};

const VOIES: [string, Voie][] = [["voie_generale", Voie.GENERALE], ["voie_technologique", Voie.TECHNOLOGIQUE], ["voie_professionnelle", Voie.PROFESSIONNELLE]];
const SECTIONS: [string, Section][] = [
  ["section_arts", Section.ARTS], ["section_cinema", Section.CINEMA], ["section_theatre", Section.THEATRE],
  ["section_sport", Section.SPORT], ["section_internationale", Section.INTERNATIONALE], ["section_europeenne", Section.EUROPEENNE],
];

/** Public/Privé as the Rectorat spells it. */
export const secteur = (value: string | undefined) => (plat(value) === "public" ? Secteur.PUBLIC : plat(value).startsWith("prive") ? Secteur.PRIVE : null);

function type(row: Record<string, string>): TypeEtablissement | null {
  const known = TYPES[plat(row.type_etablissement)];
  if (known) return known;
  // Schools of only STS/CPGE have no type in the Annuaire; their nature says what they are.
  if (/sts|cpge/.test(plat(row.libelle_nature))) return TypeEtablissement.ENSEIGNEMENT_SUPERIEUR;
  return row.type_etablissement?.trim() ? TypeEtablissement.AUTRE : null;
}

/** The position column: "lat, lon" in the CSV, { lon, lat } in the API JSON. */
function position(value: string): number[] {
  if (!value.startsWith("{")) return value.split(",").map((v) => Number.parseFloat(v));
  try {
    const point = JSON.parse(value) as { lat?: unknown; lon?: unknown };
    return [Number(point.lat), Number(point.lon)];
  } catch {
    return [Number.NaN, Number.NaN];
  }
}

function coordonnees(row: Record<string, string>): EtablissementChamps["coordonnees"] {
  let [lat, lon] = [Number.parseFloat(row.latitude), Number.parseFloat(row.longitude)];
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) [lat, lon] = position(row.position ?? "");
  return Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { latitude: lat, longitude: lon } : null;
}

/** One Annuaire row (keys in lower case) as an établissement, or the reason it is rejected. */
export function lireAnnuaire(row: Record<string, string>): EtablissementRecord | { rejet: string } {
  const uai = (row.identifiant_de_l_etablissement ?? "").trim().toUpperCase();
  const probleme = uaiProblem(uai);
  if (probleme) return { rejet: probleme };
  const nom = texte(row.nom_etablissement);
  if (!nom) return { rejet: `${uai} has no name (Nom_etablissement)` };
  const codeCommune = (row.code_commune ?? "").trim();
  const contrat = texte(row.type_contrat_prive);
  const champs: EtablissementChamps = {
    nom,
    type: type(row),
    nature: row.code_nature ? { code: row.code_nature.trim(), libelle: (row.libelle_nature ?? "").trim() } : null,
    secteur: secteur(row.statut_public_prive),
    contrat: contrat && plat(contrat) !== "sans objet" ? contrat : null,
    adresse: { lignes: [row.adresse_1, row.adresse_2, row.adresse_3].map(texte).filter((l): l is string => l !== null), codePostal: texte(row["code postal"] ?? row.code_postal), localite: texte(row.nom_commune) },
    codeCommune: CODE_COMMUNE.test(codeCommune) ? codeCommune : null,
    nomCommune: texte(row.nom_commune),
    codeDepartement: normaliseDepartement(row.code_departement),
    codeAcademie: normaliseAcademie(row.code_academie),
    coordonnees: coordonnees(row),
    contacts: { telephone: texte(row.telephone), mail: texte(row.mail), web: texte(row.web) },
    voies: VOIES.filter(([col]) => drapeau(row[col])).map(([, voie]) => voie),
    apprentissage: drapeau(row.apprentissage),
    hebergement: drapeau(row.hebergement),
    restauration: drapeau(row.restauration),
    sections: SECTIONS.filter(([col]) => drapeau(row[col])).map(([, section]) => section),
    ficheOnisep: texte(row.fiche_onisep),
    etat: ETATS[plat(row.etat)] ?? null,
    dateOuverture: dateIso(row.date_ouverture) ?? texte(row.date_ouverture),
    siret: texte(row.siren_siret),
    ...detailsAnnuaire(row),
  };
  return { uai, champs };
}

const union = <T>(a: T[] | null | undefined, b: T[] | null | undefined) => [...new Set([...(a ?? []), ...(b ?? [])])];
const ou = (a: boolean | null | undefined, b: boolean | null | undefined) => (a == null && b == null ? null : a === true || b === true);

/**
 * An établissement the Annuaire lists on several lines (etablissement_multi_lignes, one per
 * site): the first line describes it, and what any site teaches or offers counts.
 */
export function fusionner(premier: EtablissementChamps, autre: EtablissementChamps): EtablissementChamps {
  return {
    ...premier,
    voies: VOIES.map(([, voie]) => voie).filter((voie) => union(premier.voies, autre.voies).includes(voie)),
    sections: union(premier.sections, autre.sections),
    apprentissage: ou(premier.apprentissage, autre.apprentissage),
    hebergement: ou(premier.hebergement, autre.hebergement),
    restauration: ou(premier.restauration, autre.restauration),
    ecoleMaternelle: ou(premier.ecoleMaternelle, autre.ecoleMaternelle),
    ecoleElementaire: ou(premier.ecoleElementaire, autre.ecoleElementaire),
    ulis: ou(premier.ulis, autre.ulis),
  };
}
