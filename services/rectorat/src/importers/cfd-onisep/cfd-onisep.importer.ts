import { ImportReport, readCsv, RecordWriter, type Importer } from "@prisme/common";
import type { RectoratModels } from "../../context";
import { LIENS_CFD_ONISEP } from "../../lien/lien-cfd-onisep.model";
import { CFD } from "../bcn-mef/bcn-mef.parser";

const FOR_ID = /^FOR\.\d+$/;

/**
 * `cfd-onisep`: the diploma (CFD) → Onisep formation (FOR id) links of the Certif Info file.
 * Kept as a link table of this subgraph so that offers are linked by the read model, whatever
 * the order of the imports; rows without both codes carry no link and are skipped.
 */
export const cfdOnisepImporter: Importer<RectoratModels> = {
  description: "Certif Info CSV (Réseau des Carif-Oref): its Code_Scolarité (CFD) → codeIdeo2 (Onisep FOR id) links",
  async run(store, file, { progress, encoding }) {
    const report = new ImportReport("cfd-onisep", file);
    const liens = new Map<string, Set<string>>();
    for await (const row of readCsv(file, { quotes: "relaxed", required: ["Code_Scolarité", "codeIdeo2"], progress, label: "cfd-onisep", rejects: report, encoding })) {
      report.read += 1;
      const cfd = row.values["Code_Scolarité"].toUpperCase();
      const id = row.values.codeIdeo2;
      if (!cfd || !id) continue;
      if (!CFD.test(cfd)) report.reject(`line ${row.line}`, `Code_Scolarité "${cfd}" is not an 8-character diploma code`);
      else if (!FOR_ID.test(id)) report.reject(`line ${row.line}`, `codeIdeo2 "${id}" is not an Onisep formation id (FOR.nnnn)`);
      else liens.set(cfd, (liens.get(cfd) ?? new Set()).add(id));
    }
    const provenance = { producteur: "Réseau des Carif-Oref", jeuDeDonnees: "Certif Info: liens Code_Scolarité → codeIdeo2" };
    const writer = new RecordWriter(store.db, LIENS_CFD_ONISEP, { provenance, counts: report, changes: store.changes, progress, label: "cfd-onisep" });
    await writer.write([...liens].map(([cfd, ids]) => ({ _id: cfd, formationIds: [...ids].sort() })));
    return report;
  },
};
