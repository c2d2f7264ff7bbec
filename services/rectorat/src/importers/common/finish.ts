import type { ImportReport } from "@prisme/common";
import type { RectoratModels } from "../../context";

/** After an import in this process, the search index is rebuilt on the next search. */
export function terminer(models: RectoratModels, report: ImportReport): ImportReport {
  models.search.invalidate();
  return report;
}

export const MENJ = "Ministère de l'Éducation nationale";
