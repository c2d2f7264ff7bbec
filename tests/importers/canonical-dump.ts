import { unpack } from "@prisme/common";
import type { mongo } from "mongoose";

// What differs between two correct imports of the same file: when they ran (provenance dates),
// their log (import_runs) and the change log that read models follow (its sequence numbers).
// The fingerprints (<collection>_empreintes) are digests of records that may carry those dates
// too: only which records have one is compared.
const VOLATILE_COLLECTIONS = new Set(["import_runs", "changes"]);
const VOLATILE_FIELDS = new Set(["miseAJour"]);
const FINGERPRINTS = /_empreintes$/;

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value && typeof value === "object" && !(value instanceof Date) && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).filter(([key]) => !VOLATILE_FIELDS.has(key)).map(([key, inner]) => [key, strip(inner)]));
  }
  return value;
}

/** Every record of every collection, by _id, without the fields that tell only when an import ran. */
export async function canonicalDump(db: mongo.Db): Promise<Record<string, Record<string, unknown>>> {
  const result: Record<string, Record<string, unknown>> = {};
  const names = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name).filter((name) => !VOLATILE_COLLECTIONS.has(name)).sort();
  for (const name of names) {
    const docs: Record<string, unknown> = {};
    // Records are stored packed: the dates inside the text (an établissement's origines) are stripped too.
    for await (const doc of db.collection(name).find({})) docs[JSON.stringify(doc._id)] = FINGERPRINTS.test(name) ? { _id: doc._id } : strip(unpack(doc));
    result[name] = docs;
  }
  return result;
}
