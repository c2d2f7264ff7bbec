import { canonical, chunks, findByIds, ID_BATCH, RecordWriter, type ImportReport, type ProgressSink, type Provenance, type Store } from "@prisme/common";
import { consolidate } from "./etablissement.merge";
import { ETABLISSEMENTS, type EtablissementChamps, type EtablissementDoc, type SourceEtablissement } from "./etablissement.model";

/** What one source says about one établissement. */
export interface EtablissementRecord {
  uai: string;
  champs: EtablissementChamps;
}

/**
 * Creates or completes établissements with what one source says: the stored documents are read
 * by _id, that source's part is replaced, the others' are kept, the visible fields consolidated
 * again, and the result goes through the one write path (RecordWriter). A record equal to what
 * the source said last time is counted unchanged and not written: the writer's own comparison
 * would not do, since its fingerprint also covers the other sources' parts and dates.
 */
export async function storeEtablissements(
  store: Store,
  source: SourceEtablissement,
  provenance: Omit<Provenance, "miseAJour">,
  records: EtablissementRecord[],
  report: ImportReport,
  progress?: ProgressSink,
): Promise<void> {
  const writer = new RecordWriter<EtablissementDoc>(store.db, ETABLISSEMENTS, { provenance, counts: report, changes: store.changes, progress, label: source });
  for (const batch of chunks(records, ID_BATCH)) {
    const stored = new Map((await findByIds<EtablissementDoc>(store.db.collection(ETABLISSEMENTS), batch.map((r) => r.uai))).map((doc) => [doc._id, doc]));
    const miseAJour = new Date();
    const changed: EtablissementDoc[] = [];
    for (const record of batch) {
      const current = stored.get(record.uai);
      const before = current?.origines?.[source];
      if (before && before.provenance.jeuDeDonnees === provenance.jeuDeDonnees && canonical(before.champs) === canonical(record.champs)) {
        report.unchanged += 1;
        continue;
      }
      changed.push(consolidate(record.uai, { ...(current?.origines ?? {}), [source]: { champs: record.champs, provenance: { ...provenance, miseAJour } } }));
    }
    await writer.write(changed);
  }
}
