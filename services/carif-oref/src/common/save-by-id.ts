import type { mongo } from "mongoose";

/** FerretDB 1.24 stalls on one write command carrying 100 statements or more. */
const REPLACE_CHUNK = 50;
const DUPLICATE_KEY = 11000;

/** Inserts the documents in one command and returns those refused because their _id is stored already. */
export async function insertKeepingDuplicates<D extends object>(collection: mongo.Collection<D>, docs: D[]): Promise<D[]> {
  try {
    await collection.insertMany(docs as mongo.OptionalUnlessRequiredId<D>[], { ordered: false });
    return [];
  } catch (error) {
    const writeErrors = (error as { writeErrors?: { code?: number; index: number }[] | { code?: number; index: number } }).writeErrors;
    const list = Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : [];
    if (list.length === 0 || list.some((e) => e.code !== DUPLICATE_KEY)) throw error;
    return list.map((e) => docs[e.index]!);
  }
}

/**
 * Stores derived documents keyed by _id: those of records just created in one insert (the common case
 * of a first import), the others (and any already there) replaced by _id with upsert, 50 per command.
 */
export async function saveById<D extends { _id: string }>(collection: mongo.Collection<D>, docs: D[], created: ReadonlySet<string>): Promise<void> {
  const fresh = docs.filter((doc) => created.has(doc._id));
  const replaced = docs.filter((doc) => !created.has(doc._id));
  if (fresh.length) replaced.push(...(await insertKeepingDuplicates(collection, fresh)));
  for (let i = 0; i < replaced.length; i += REPLACE_CHUNK) {
    const chunk = replaced.slice(i, i + REPLACE_CHUNK);
    await collection.bulkWrite(
      chunk.map((doc) => ({ replaceOne: { filter: { _id: doc._id } as mongo.Filter<D>, replacement: doc as mongo.WithoutId<D>, upsert: true } })),
      { ordered: false },
    );
  }
}
