import { unpack } from "@prisme/common";
import type { mongo } from "mongoose";

/** A stored record as it was written (records are stored packed), or null: for tests looking at what an import stored. */
export async function readStored<D = Record<string, unknown>>(db: mongo.Db, collection: string, id: string): Promise<D | null> {
  const doc = await db.collection(collection).findOne({ _id: id } as never);
  return doc ? unpack<D>(doc) : null;
}

/** Every stored record of a collection, as written, by _id. */
export async function allStored<D = Record<string, unknown>>(db: mongo.Db, collection: string): Promise<D[]> {
  const docs = await db.collection(collection).find({}).sort({ _id: 1 }).toArray();
  return docs.map((doc) => unpack<D>(doc));
}
