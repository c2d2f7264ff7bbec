import { excerpt, ImportFormatError, ImportReport, readDecoded, RecordWriter, type Importer } from "@prisme/common";
import type { OnisepModels } from "../../context";
import { FICHES_FORMATIONS } from "../../formation/fiche-formation.model";
import { parseFicheFormation } from "./onisep-fiches-formations.parser";

export const FICHES_PROVENANCE = { producteur: "Onisep", jeuDeDonnees: "Idéo-Fiches formations" };

/** `onisep-fiches-formations`: the fiches formations (JSON object keyed by FOR id: desc, acces, poursuites as HTML, poursuiteList). */
export const onisepFichesFormationsImporter: Importer<OnisepModels> = {
  description: "Onisep fiches formations (JSON keyed by FOR id: description, access, further studies as HTML, sanitised on import)",
  async run(store, file, { progress, encoding }) {
    const text = await readDecoded(file, { encoding });
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new ImportFormatError(file, `not valid JSON (${excerpt(error instanceof Error ? error.message : String(error))})`);
    }
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new ImportFormatError(file, "expected a JSON object of fiches keyed by Onisep formation id (FOR.nnnn)");
    const entries = Object.entries(parsed as Record<string, unknown>);
    if (entries.length > 0 && !entries.some(([key]) => /^FOR\.\d+$/.test(key))) throw new ImportFormatError(file, `not Onisep fiches formations: no key is a FOR id (first: "${excerpt(entries[0]![0], 60)}")`);
    const report = new ImportReport("onisep-fiches-formations", file);
    const fiches = [];
    for (const [key, value] of entries) {
      report.read += 1;
      try {
        fiches.push(parseFicheFormation(key, value));
      } catch (error) {
        report.reject(key, error instanceof Error ? error.message : String(error));
      }
    }
    const writer = new RecordWriter(store.db, FICHES_FORMATIONS, { provenance: FICHES_PROVENANCE, counts: report, changes: store.changes, progress, label: "onisep-fiches-formations" });
    await writer.write(fiches.map((fiche) => ({ _id: fiche.idFormation, ...fiche })));
    return report;
  },
};
