import { join } from "node:path";
import { sharedData } from "@prisme/testing";

/** How a source's files are laid out, for the damage the matrix does to them. */
export interface SampleSpec {
  /** The real sample (or, for Prisme's own format, a fixture beside this file). */
  file: () => string;
  format: "csv" | "xml" | "json";
  delimiter?: string;
  /** Keep the header and at most this many lines (whole records), to keep the run short. */
  lines?: number;
  /** Keep only the lines (besides the header) that pass this filter. */
  keep?: (line: string) => boolean;
  /** Files the importer reads beside the given one (copied next to every damaged copy). */
  companions?: () => string[];
  /** Where a record starts, for an XML file: junk is inserted right before one. */
  recordStart?: RegExp;
  /** Load what the import needs first (e.g. the territory the communes come from). */
  seedDemo?: boolean;
}

const rncp = (part: string) => () => sharedData("carif-oref", "rncp", `export_fiches_CSV_${part}_2024_02_22.csv`);
const AUVERGNE = /^(03|15|43|63)\d{3};/;

/**
 * One sample per import source. The matrix lists the sources from the subgraph definitions: a new
 * source without an entry here fails the matrix until one is added.
 */
export const SAMPLES: Record<string, SampleSpec> = {
  "onisep-formations": { file: () => sharedData("onisep", "ideo-formations_initiales_en_france.csv"), format: "csv", delimiter: ";", lines: 800 },
  "onisep-metiers": { file: () => sharedData("onisep", "ideo-metiers_onisep.xml"), format: "xml", recordStart: /<item>/g },
  rome: { file: () => sharedData("rome", "rome_4.0_fiches.csv"), format: "csv", delimiter: "," },
  lheo: { file: () => sharedData("carif-oref", "lheo", "lheo-schema_exemple-bts-onisep.xml"), format: "xml", recordStart: /<formation[\s>]/g },
  "lheo-delta": { file: () => sharedData("carif-oref", "lheo", "lheo-schema_exemple-bts-onisep.xml"), format: "xml", recordStart: /<formation[\s>]/g },
  "certif-info": { file: () => sharedData("carif-oref", "certif_info.csv"), format: "csv", delimiter: ";", lines: 800 },
  rncp: { file: rncp("Standard"), format: "csv", delimiter: ";", companions: () => [rncp("Rome")(), rncp("Formacode")()] },
  // No header line: "lines" keeps the first line and 800 more.
  formacode: { file: () => sharedData("carif-oref", "formacode_v8_2003_FCod.csv"), format: "csv", delimiter: ";", lines: 800 },
  "table-de-passage-certifications": { file: () => sharedData("onisep", "table_de_passage_codes_certifications_et_formations.xml"), format: "xml", recordStart: /<item>/g },
  "onisep-metiers-rome": { file: () => sharedData("onisep", "romeMetier_onisep_rome.csv"), format: "csv", delimiter: ";" },
  "onisep-fiches-formations": { file: () => sharedData("onisep", "fiches_formations_onisep.json"), format: "json" },
  annuaire: { file: () => sharedData("rectorat", "fr-en-annuaire-education_extract_dep35.csv"), format: "csv", delimiter: ";", lines: 400 },
  "adresse-geolocalisation": { file: () => sharedData("rectorat", "fr-en-adresse-et-geolocalisation_colleges_auvergne.csv"), format: "csv", delimiter: ";" },
  "bcn-mef": { file: () => sharedData("rectorat", "bcn_n_mef.csv"), format: "csv", delimiter: ";", lines: 800 },
  "cfd-onisep": { file: () => sharedData("carif-oref", "certif_info.csv"), format: "csv", delimiter: ";", lines: 800 },
  affelnet: { file: () => sharedData("rectorat", "affelnet_attractivite_capacite_2022_auvergne.csv"), format: "csv", delimiter: ";" },
  parcoursup: { file: () => sharedData("rectorat", "parcoursup_bts_attractivite_capacite_2024_auvergne.csv"), format: "csv", delimiter: ";" },
  inserjeunes: { file: () => sharedData("rectorat", "inserjeunes_depp_etablissements_2022_2023_voie_pro_auvergne.csv"), format: "csv", delimiter: ";" },
  "constat-rentree": { file: () => sharedData("rectorat", "constat_rentree_2020_effectifs_uai_mef_auvergne.csv"), format: "csv", delimiter: ";" },
  "codes-postaux": { file: () => sharedData("region", "laposte_hexasmal_2020.csv"), format: "csv", delimiter: ";", keep: (line) => AUVERGNE.test(line), seedDemo: true },
  "mission-locale-couverture": { file: () => sharedData("region", "missions_locales_zones_de_couverture_sample.csv"), format: "csv", delimiter: ";", seedDemo: true },
  "agences-france-travail": { file: () => sharedData("region", "pass-emploi_agences_pe.json"), format: "json", seedDemo: true },
  "structures-milo": { file: () => sharedData("region", "pass-emploi_referentiel_structures_milo.json"), format: "json", seedDemo: true },
  // Prisme's own format has no published sample: a fixture of ours.
  structures: { file: () => join(__dirname, "fixtures", "structures.csv"), format: "csv", delimiter: ";", seedDemo: true },
};
