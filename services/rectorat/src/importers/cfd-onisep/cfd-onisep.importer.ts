import { ImportReport, readHeadText, RecordWriter, type EncodingOption, type Importer } from "@prisme/common";
import type { RectoratModels } from "../../context";
import { LIENS_CFD_ONISEP, LIENS_TABLE_DE_PASSAGE } from "../../lien/lien-cfd-onisep.model";
import { liensCertifInfo } from "./certif-info.liens";
import { liensTableDePassage } from "./table-de-passage.liens";

/** Whether a file is XML (its first character, after a BOM and blanks, is "<"). */
const estXml = async (path: string, encoding?: EncodingOption) => (await readHeadText(path, { encoding }, 64)).trimStart().startsWith("<");

/**
 * `cfd-onisep`: the diploma (CFD) → Onisep formation (FOR id) links that decode offers and the
 * constat de rentrée, from either publication that has them: the Certif Info CSV (Code_Scolarité →
 * codeIdeo2) or the Onisep table de passage (XML, ci_code_scolarite → ideo_identifiant_formation).
 * Each source keeps its own link table, so neither import erases the other's links; the read model
 * decodes with both (the union of their FOR ids), whatever the order of the imports.
 */
export const cfdOnisepImporter: Importer<RectoratModels> = {
  description: "CFD → Onisep formation links: the Certif Info CSV (Code_Scolarité → codeIdeo2) or the Onisep table de passage XML (ci_code_scolarite → ideo_identifiant_formation)",
  async run(store, file, { progress, encoding }) {
    const report = new ImportReport("cfd-onisep", file);
    const xml = await estXml(file, encoding);
    // The whole file is read and checked before the first write.
    const liens = xml ? await liensTableDePassage(file, report, progress) : await liensCertifInfo(file, report, progress, encoding);
    const provenance = xml
      ? { producteur: "Onisep", jeuDeDonnees: "Table de passage codes certifications et formations: liens ci_code_scolarite → ideo_identifiant_formation" }
      : { producteur: "Réseau des Carif-Oref", jeuDeDonnees: "Certif Info: liens Code_Scolarité → codeIdeo2" };
    const writer = new RecordWriter(store.db, xml ? LIENS_TABLE_DE_PASSAGE : LIENS_CFD_ONISEP, { provenance, counts: report, changes: store.changes, progress, label: "cfd-onisep" });
    await writer.write([...liens].map(([cfd, ids]) => ({ _id: cfd, formationIds: [...ids].sort() })));
    return report;
  },
};
