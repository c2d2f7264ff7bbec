import type { Model } from "mongoose";
import type { Provenance } from "./provenance";

/**
 * Inserts demonstration records into a collection that is still empty, stamped with their
 * provenance. A collection that holds anything is left untouched: a later start keeps what is stored.
 */
export async function seedIfEmpty<T>(model: Model<T>, records: object[], provenance: Omit<Provenance, "miseAJour">): Promise<number> {
  if ((await model.estimatedDocumentCount()) > 0) return 0;
  const miseAJour = new Date();
  await model.insertMany(records.map((record) => ({ ...record, provenance: { ...provenance, miseAJour } })));
  return records.length;
}
