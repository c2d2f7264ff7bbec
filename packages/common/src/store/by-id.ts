import DataLoader from "dataloader";
import type { mongo } from "mongoose";
import { chunks, ID_BATCH, WRITE_BATCH } from "./ferretdb-limits";
import { unpack } from "./packed";

/** A document keyed by its natural key. */
export type Keyed = { _id: string };

/**
 * Reads documents by _id, ID_BATCH at a time (the only query the read path sends), as they were
 * written (records are stored packed: see packed.ts). Missing ids are left out.
 */
export async function findByIds<D extends Keyed>(collection: mongo.Collection, ids: readonly string[]): Promise<D[]> {
  const found: D[] = [];
  for (const batch of chunks([...new Set(ids)], ID_BATCH)) {
    for (const doc of await collection.find({ _id: { $in: batch } } as never).toArray()) found.push(unpack<D>(doc));
  }
  return found;
}

/**
 * A per-request loader of documents by _id: every key asked in one tick becomes one
 * `{ _id: { $in } }` query per ID_BATCH keys, whatever the number of lists in the request.
 */
export function loaderById<D extends Keyed>(collection: mongo.Collection): DataLoader<string, D | null> {
  return new DataLoader<string, D | null>(
    async (keys) => {
      const docs = await findByIds<D>(collection, keys);
      const byId = new Map(docs.map((doc) => [doc._id, doc]));
      return keys.map((key) => byId.get(key) ?? null);
    },
    { maxBatchSize: ID_BATCH },
  );
}

/** Applies one `$set` to documents by _id, WRITE_BATCH statements per command. */
export async function setByIds(collection: mongo.Collection, ids: readonly string[], set: Record<string, unknown>): Promise<void> {
  for (const batch of chunks(ids, WRITE_BATCH)) {
    await collection.bulkWrite(batch.map((_id) => ({ updateOne: { filter: { _id } as never, update: { $set: set } } })), { ordered: false });
  }
}

/** Deletes documents by _id, WRITE_BATCH statements per command. */
export async function deleteByIds(collection: mongo.Collection, ids: readonly string[]): Promise<void> {
  for (const batch of chunks(ids, WRITE_BATCH)) {
    await collection.bulkWrite(batch.map((_id) => ({ deleteOne: { filter: { _id } as never } })), { ordered: false });
  }
}
