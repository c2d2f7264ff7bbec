import { mongo } from "mongoose";
import { findByIds, type Keyed } from "../store/by-id";
import { unpack } from "../store/packed";
import { Table, type TableSpec } from "./table";
import { eachInSlices, timeSlicer } from "./yield";

/** A table of the read model fed by one collection: each stored document gives one entry (or none). */
export interface CollectionTable<D extends Keyed, E, S = E> {
  collection: string;
  spec: TableSpec<E, S>;
  /** The entry of a stored document; null leaves it out of the table (e.g. a withdrawn offer). */
  toEntry(doc: D): E | null;
}

const SCAN_BATCH = 1000;
const { BSON } = mongo;

/**
 * Reads a whole collection in batches, yielding to the event loop every SLICE_MS, within a batch
 * too: what the caller does with each record (index it, or spread a lot of 400 communes) runs
 * between two yields, so a batch of large records never holds requests back. Only the read
 * models' loads do this (off the request path): a request never scans a collection.
 */
export async function* scanCollection<D>(db: mongo.Db, collection: string, progress?: (read: number) => void): AsyncGenerator<D> {
  // Raw BSON: the driver would decode a whole batch at once (1,000 établissements: 40 to 60 ms of
  // one block); each document is decoded here, between two pauses.
  const cursor = db.collection(collection).find({}, { batchSize: SCAN_BATCH, raw: true });
  let read = 0;
  const pause = timeSlicer();
  try {
    // Read ahead: the next batch is asked for before this one is handed over, so the database
    // reads it while this process indexes (on two cores, a load takes the longer of the two, not the sum).
    let more = cursor.hasNext();
    while (await more) {
      const batch = cursor.readBufferedDocuments();
      more = cursor.hasNext();
      for (const raw of batch as unknown as Uint8Array[]) {
        yield unpack<D>(BSON.deserialize(raw));
        read += 1;
        await pause();
      }
      progress?.(read);
    }
  } finally {
    await cursor.close();
  }
}

/** Loads a table from its whole collection. */
export async function loadTable<D extends Keyed, E, S = E>(db: mongo.Db, source: CollectionTable<D, E, S>, progress?: (message: string) => void): Promise<Table<E, S>> {
  async function* entries(): AsyncGenerator<E> {
    for await (const doc of scanCollection<D>(db, source.collection, (read) => progress?.(`${source.collection}: ${read} read`))) {
      const entry = source.toEntry(doc);
      if (entry) yield entry;
    }
  }
  return Table.build<E, S>(source.spec, entries() as AsyncIterable<E>);
}

/** Applies changed documents to a table: read by _id, then replaced, or removed when gone or left out. */
export async function applyToTable<D extends Keyed, E, S = E>(db: mongo.Db, table: Table<E, S>, source: CollectionTable<D, E, S>, ids: Iterable<string> | undefined): Promise<void> {
  const wanted = [...(ids ?? [])];
  if (wanted.length === 0) return;
  const docs = await findByIds<D>(db.collection(source.collection), wanted);
  const kept = new Set<string>();
  await eachInSlices(docs, (doc) => {
    const entry = source.toEntry(doc);
    if (!entry) return;
    table.upsert(entry);
    kept.add(doc._id);
  });
  for (const id of wanted) if (!kept.has(id)) table.remove(id);
  await table.commit();
}

/** Reads a whole (small) collection into a map by _id. */
export async function loadMap<D extends Keyed>(db: mongo.Db, collection: string): Promise<Map<string, D>> {
  const map = new Map<string, D>();
  for await (const doc of scanCollection<D>(db, collection)) map.set(doc._id, doc);
  return map;
}

/** Applies changed documents to a map: read by _id, replaced, or removed when gone. */
export async function applyToMap<D extends Keyed>(db: mongo.Db, map: Map<string, D>, collection: string, ids: Iterable<string> | undefined): Promise<void> {
  const wanted = [...(ids ?? [])];
  if (wanted.length === 0) return;
  const docs = await findByIds<D>(db.collection(collection), wanted);
  for (const id of wanted) map.delete(id);
  for (const doc of docs) map.set(doc._id, doc);
}
