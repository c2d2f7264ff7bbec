import { RecordWriter, type ImportReport, type Provenance, type ProgressSink, type Store } from "@prisme/common";
import { uaiProblem } from "../../common/identifiers";
import { cleOffre, OFFRES, type OffreDoc } from "../../offre/offre.model";
import { cite } from "./cite";

export type OffreLue = Omit<OffreDoc, "_id" | "provenance" | "formationIds">;

// Mostly digits, but some dispositifs carry a letter (23K00033501).
const MEF_STAT_11 = /^[0-9A-Z]{11}$/;

/** Why an offer row cannot be kept, or null. */
export function problemeOffre(offre: Pick<OffreDoc, "uai" | "mefStat11">): string | null {
  return uaiProblem(offre.uai) ?? (MEF_STAT_11.test(offre.mefStat11 ?? "") ? null : `MEFSTAT11 ${cite(offre.mefStat11)} is not an 11-character code`);
}

/** Stores offers by their natural key (source, UAI, MEFSTAT11, statut); the read model decodes them. */
export async function storeOffres(store: Store, offres: OffreLue[], provenance: Omit<Provenance, "miseAJour">, report: ImportReport, progress: ProgressSink): Promise<ImportReport> {
  const writer = new RecordWriter<Omit<OffreDoc, "provenance">>(store.db, OFFRES, { provenance, counts: report, changes: store.changes, progress, label: report.source });
  await writer.write(offres.map((o) => ({ _id: cleOffre(o, o.mefStat11), ...o, formationIds: [] })));
  return report;
}
