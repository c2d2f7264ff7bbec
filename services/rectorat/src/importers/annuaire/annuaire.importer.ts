import { ImportReport, type Importer } from "@prisme/common";
import type { RectoratModels } from "../../context";
import type { EtablissementRecord } from "../../etablissement/etablissement.store";
import { storeEtablissements } from "../../etablissement/etablissement.store";
import { MENJ } from "../common/producteurs";
import { fusionner, lireAnnuaire } from "./annuaire.parser";
import { lireFichierAnnuaire } from "./annuaire.source";

/** `annuaire`: the Annuaire de l'éducation, CSV export or API JSON. */
export const annuaireImporter: Importer<RectoratModels> = {
  description: "Annuaire de l'éducation (data.education.gouv.fr): CSV `;` with BOM, or the API JSON; établissements and CIO",
  async run(models, file, { progress, encoding }) {
    const report = new ImportReport("annuaire", file);
    // The whole file is read and checked before anything is written: a refused file changes nothing.
    const lignes = await lireFichierAnnuaire(file, { progress, rejects: report, encoding });
    const parUai = new Map<string, EtablissementRecord>();
    for (const ligne of lignes) {
      report.read += 1;
      const lu = lireAnnuaire(ligne.values);
      if ("rejet" in lu) {
        report.reject(ligne.where, lu.rejet);
        continue;
      }
      const deja = parUai.get(lu.uai);
      parUai.set(lu.uai, deja ? { uai: lu.uai, champs: fusionner(deja.champs, lu.champs) } : lu);
    }
    await storeEtablissements(models, "annuaire", { producteur: MENJ, jeuDeDonnees: "Annuaire de l'éducation" }, [...parUai.values()], report, progress);
    return report;
  },
};
