import DataLoader from "dataloader";
import type { Model } from "mongoose";

/**
 * A per-request loader of documents by a unique field: all the keys asked in one tick become a
 * single `find({ field: { $in: keys } })`, whatever their number.
 */
export function loaderByKey<T>(model: Model<T>, field: string, options: { maxBatchSize?: number } = {}): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const docs = (await model.find({ [field]: { $in: [...keys] } }).lean().exec()) as unknown as Record<string, unknown>[];
    const byKey = new Map(docs.map((doc) => [String(doc[field]), doc as T]));
    return keys.map((key) => byKey.get(key) ?? null);
  }, options);
}

/**
 * A per-request loader of the documents whose array field contains a key (one-to-many), e.g.
 * the formations that list a ROME code: one `$in` query per batch.
 */
export function loaderByArrayField<T>(model: Model<T>, field: string): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const docs = (await model.find({ [field]: { $in: [...keys] } }).lean().exec()) as unknown as Record<string, unknown>[];
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const doc of docs) {
      const values = doc[field];
      for (const value of Array.isArray(values) ? values : [values]) groups.get(String(value))?.push(doc as T);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}
