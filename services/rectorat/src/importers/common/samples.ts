import { join, resolve } from "node:path";

/** The shared folder of real sample files (../shared/data beside the repository), or PRISME_SHARED_DATA. */
export const SHARED_DATA = process.env.PRISME_SHARED_DATA ?? resolve(__dirname, "../../../../../../shared/data");

/** A real sample file of the Rectorat's sources (tests and the bench read them there, never a copy). */
export const sample = (...parts: string[]) => join(SHARED_DATA, ...parts);

export const SAMPLES = {
  annuaire: sample("rectorat", "fr-en-annuaire-education_extract_dep35.csv"),
  geolocAuvergne: sample("rectorat", "fr-en-adresse-et-geolocalisation_colleges_auvergne.csv"),
  geoloc35: sample("rectorat", "fr-en-adresse-et-geolocalisation-etablissements_extract_dep35.csv"),
  bcnMef: sample("rectorat", "bcn_n_mef.csv"),
  certifInfo: sample("carif-oref", "certif_info.csv"),
  affelnet: sample("rectorat", "affelnet_attractivite_capacite_2022_auvergne.csv"),
  parcoursup: sample("rectorat", "parcoursup_bts_attractivite_capacite_2024_auvergne.csv"),
  inserjeunesPro: sample("rectorat", "inserjeunes_depp_etablissements_2022_2023_voie_pro_auvergne.csv"),
  inserjeunesApprentissage: sample("rectorat", "inserjeunes_depp_etablissements_2022_2023_apprentissage_auvergne.csv"),
  constatRentree: sample("rectorat", "constat_rentree_2020_effectifs_uai_mef_auvergne.csv"),
  tableDePassage: sample("onisep", "table_de_passage_codes_certifications_et_formations.xml"),
};
