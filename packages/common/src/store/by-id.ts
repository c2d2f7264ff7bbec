import DataLoader from "dataloader";
import type { mongo } from "mongoose";
import { chunks, ID_BATCH, WRITE_BATCH } from "./ferretdb-limits";
import type { DocumentCache } from "../read-model/document-cache";
import { storedBytes, unpack } from "./packed";

/** A document keyed by its natural key. */
export type Keyed = { _id: string };

/**
 * Reads documents by _id, ID_BATCH at a time (the only query the read path sends), as they were
 * written (records are stored packed: see packed.ts). Missing ids are left out.
 */
export async function findByIds<D extends Keyed>(collection: mongo.Collection, ids: readonly string[]): Promise<D[]> {
  const found: D[] = [];
  await eachStored(collection, ids, (stored) => found.push(unpack<D>(stored)));
  return found;
}

async function eachStored(collection: mongo.Collection, ids: readonly string[], visit: (stored: Record<string, unknown>) => void): Promise<void> {
  for (const batch of chunks([...new Set(ids)], ID_BATCH)) {
    for (const stored of await collection.find({ _id: { $in: batch } } as never).toArray()) visit(stored);
  }
}

/**
 * A per-request loader of documents by _id: every key asked in one tick becomes one
 * `{ _id: { $in } }` query per ID_BATCH keys, whatever the number of lists in the request.
 * With a cache (a read model's `documents(collection)`), the keys it holds are not asked at all,
 * and the documents read are kept in it.
 */
export function loaderById<D extends Keyed>(collection: mongo.Collection, cache?: DocumentCache<D>): DataLoader<string, D | null> {
  return new DataLoader<string, D | null>(
    async (keys) => {
      const byId = new Map<string, D>();
      const missing: string[] = [];
      for (const key of keys) {
        const cached = cache?.get(key);
        if (cached) byId.set(key, cached);
        else missing.push(key);
      }
      if (missing.length > 0) {
        const readBegan = cache?.beginRead() ?? 0;
        await eachStored(collection, missing, (stored) => {
          const doc = unpack<D>(stored);
          byId.set(doc._id, doc);
          cache?.keep(doc, storedBytes(stored), readBegan);
        });
      }
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
