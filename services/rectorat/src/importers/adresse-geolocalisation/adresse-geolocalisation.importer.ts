import { ImportFormatError, ImportReport, readCsv, type Importer } from "@prisme/common";
import type { RectoratModels } from "../../context";
import { storeEtablissements, type EtablissementRecord } from "../../etablissement/etablissement.store";
import { MENJ } from "../common/producteurs";
import { lireEntete } from "../common/values";
import { colonnes, lireGeolocalisation } from "./adresse-geolocalisation.parser";
import { cite } from "../common/cite";

/** `adresse-geolocalisation`: creates or completes établissements by UAI, never over the Annuaire. */
export const adresseGeolocalisationImporter: Importer<RectoratModels> = {
  description: "Adresse et géolocalisation des établissements du 1er et 2nd degré (CSV `;`, labels or field names as headers)",
  async run(models, file, { progress, encoding }) {
    const report = new ImportReport("adresse-geolocalisation", file);
    const header = await lireEntete(file, { encoding });
    const cols = colonnes(header);
    if (!cols.uai || !cols.nom) {
      throw new ImportFormatError(file, `missing the identifying columns ("Code établissement" or "numero_uai", and "Appellation officielle" or "appellation_officielle"); found ${header.slice(0, 8).map(cite).join(", ")}`);
    }
    const records = new Map<string, EtablissementRecord>();
    for await (const row of readCsv(file, { required: [cols.uai, cols.nom], progress, label: "adresse-geolocalisation", rejects: report, encoding })) {
      report.read += 1;
      const lu = lireGeolocalisation(row.values, cols);
      if ("rejet" in lu) report.reject(`line ${row.line}`, lu.rejet);
      else records.set(lu.uai, lu);
    }
    const provenance = { producteur: MENJ, jeuDeDonnees: "Adresse et géolocalisation des établissements du 1er et 2nd degré" };
    await storeEtablissements(models, "geolocalisation", provenance, [...records.values()], report, progress);
    return report;
  },
};
