import { createHash } from "node:crypto";
import { mongo } from "mongoose";

const { BSON } = mongo;
type Db = mongo.Db;

/** Every document of every collection, as its raw BSON bytes (hashed), ordered by _id. */
export type Dump = Map<string, Map<string, string>>;

/** A byte-exact picture of a database: what "nothing changed" is checked against. */
export async function dump(db: Db): Promise<Dump> {
  const result: Dump = new Map();
  const collections = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name).sort();
  for (const name of collections) {
    const docs = new Map<string, string>();
    for await (const raw of db.collection(name).find({}, { raw: true })) {
      const bytes = raw as unknown as Buffer;
      const id = BSON.EJSON.stringify(BSON.deserialize(bytes)._id);
      docs.set(id, createHash("sha256").update(bytes).digest("base64"));
    }
    result.set(name, docs);
  }
  return result;
}

/** What differs between two dumps, in a few lines ("" when they are identical). */
export function differences(before: Dump, after: Dump): string {
  const lines: string[] = [];
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    const [a, b] = [before.get(name) ?? new Map<string, string>(), after.get(name) ?? new Map<string, string>()];
    const added = [...b.keys()].filter((id) => !a.has(id));
    const removed = [...a.keys()].filter((id) => !b.has(id));
    const changed = [...a.keys()].filter((id) => b.has(id) && a.get(id) !== b.get(id));
    if (added.length || removed.length || changed.length) {
      lines.push(`${name}: ${added.length} added, ${removed.length} removed, ${changed.length} changed (e.g. ${[...added, ...removed, ...changed].slice(0, 3).join(", ")})`);
    }
  }
  return lines.join("\n");
}
