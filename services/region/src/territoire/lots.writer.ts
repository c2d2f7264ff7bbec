import { findByIds, RecordWriter, type ImportReport, type ProgressSink, type Provenance, type Store } from "@prisme/common";
import { decoderLot, encoderLot, type LotCodec, type LotDoc } from "./lots";

/** Counts of a write of records in lots: per record, as if each were a document of its own. */
type Counts = Pick<ImportReport, "created" | "updated" | "unchanged">;

/**
 * Writes records grouped in lots through the one write path (RecordWriter: fingerprints, change log).
 * Each lot is read back by _id and merged: a record of the stored lot that the new one lacks is kept
 * (an import never loses what is stored), a record given again replaces it. Counts are per record:
 * created (new key), updated (another content, or the lot came from another dataset), unchanged. A
 * lot whose records are all unchanged is not written at all.
 */
export async function ecrireLots<T>(
  store: Store,
  collection: string,
  codec: LotCodec<T>,
  lots: ReadonlyMap<string, readonly T[]>,
  provenance: Omit<Provenance, "miseAJour">,
  counts: Counts,
  progress?: ProgressSink,
): Promise<void> {
  const stored = new Map((await findByIds<LotDoc>(store.db.collection(collection), [...lots.keys()])).map((doc) => [doc._id, doc]));
  const changed: Omit<LotDoc, "provenance">[] = [];
  for (const [id, records] of lots) {
    const before = stored.get(id);
    const sameDataset = before?.provenance?.jeuDeDonnees === provenance.jeuDeDonnees;
    const merged = new Map((before ? decoderLot(codec, before) : []).map((record) => [codec.cle(record), record]));
    let modified = !sameDataset;
    for (const record of records) {
      const key = codec.cle(record);
      const old = merged.get(key);
      if (old === undefined) counts.created += 1;
      else if (!sameDataset || JSON.stringify(codec.ligne(old)) !== JSON.stringify(codec.ligne(record))) counts.updated += 1;
      else {
        counts.unchanged += 1;
        continue;
      }
      modified = true;
      merged.set(key, record);
    }
    if (modified) changed.push({ _id: id, ...encoderLot(codec, merged.values()) });
  }
  // The writer's own counts are per lot: the per-record ones above are what the report shows.
  const writer = new RecordWriter(store.db, collection, { provenance, counts: { created: 0, updated: 0, unchanged: 0 }, changes: store.changes, progress, label: collection });
  await writer.write(changed);
}
