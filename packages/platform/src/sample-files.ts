import { existsSync } from "node:fs";
import { join } from "node:path";

/**
 * Every real sample file of `../shared/data` that Prisme imports, by source, in an order that suits
 * their links (territory first, then the referentials the offers and schools point to). The bench,
 * the coverage report and `npm run import:samples` all import this list.
 */
export const SAMPLE_FILES: readonly (readonly [source: string, file: string])[] = [
  ["codes-postaux", "region/laposte_hexasmal_2020.csv"],
  ["structures-milo", "region/pass-emploi_referentiel_structures_milo.json"],
  ["agences-france-travail", "region/pass-emploi_agences_pe.json"],
  ["mission-locale-couverture", "region/missions_locales_zones_de_couverture_sample.csv"],
  ["onisep-metiers", "onisep/ideo-metiers_onisep.xml"],
  ["onisep-formations", "onisep/ideo-formations_initiales_en_france.csv"],
  ["onisep-fiches-formations", "onisep/fiches_formations_onisep.json"],
  ["rome", "rome/rome_4.0_fiches.csv"],
  ["rome", "rome/rome_domaines_professionnels.csv"],
  ["rome", "rome/rome_4.0_appellations.csv"],
  ["onisep-metiers-rome", "onisep/romeMetier_onisep_rome.csv"],
  ["certif-info", "carif-oref/certif_info.csv"],
  ["rncp", "carif-oref/rncp"],
  ["formacode", "carif-oref/formacode_v8_2003_FCod.csv"],
  ["table-de-passage-certifications", "onisep/table_de_passage_codes_certifications_et_formations.xml"],
  ["lheo-delta", "carif-oref/lheo/lheo-schema_exemple-bts-onisep.xml"],
  ["annuaire", "rectorat/fr-en-annuaire-education_extract_dep35.csv"],
  ["adresse-geolocalisation", "rectorat/fr-en-adresse-et-geolocalisation_colleges_auvergne.csv"],
  ["adresse-geolocalisation", "rectorat/fr-en-adresse-et-geolocalisation-etablissements_extract_dep35.csv"],
  ["bcn-mef", "rectorat/bcn_n_mef.csv"],
  ["cfd-onisep", "carif-oref/certif_info.csv"],
  ["cfd-onisep", "onisep/table_de_passage_codes_certifications_et_formations.xml"],
  ["affelnet", "rectorat/affelnet_attractivite_capacite_2022_auvergne.csv"],
  ["parcoursup", "rectorat/parcoursup_bts_attractivite_capacite_2024_auvergne.csv"],
  ["constat-rentree", "rectorat/constat_rentree_2020_effectifs_uai_mef_auvergne.csv"],
  ["inserjeunes", "rectorat/inserjeunes_depp_etablissements_2022_2023_voie_pro_auvergne.csv"],
  ["inserjeunes", "rectorat/inserjeunes_depp_etablissements_2022_2023_apprentissage_auvergne.csv"],
];

/** The sample files of a folder laid out like `../shared/data`, as paths; throws naming what is missing. */
export function sampleFilesIn(folder: string): [source: string, path: string][] {
  const files = SAMPLE_FILES.map(([source, file]) => [source, join(folder, file)] as [string, string]);
  const missing = files.filter(([, path]) => !existsSync(path)).map(([, path]) => path);
  if (missing.length) throw new Error(`${folder} is not laid out like ../shared/data: ${missing.length} file(s) missing, first ${missing[0]}`);
  return files;
}
