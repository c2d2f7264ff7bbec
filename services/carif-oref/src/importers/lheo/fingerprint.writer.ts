import { createHash } from "node:crypto";
import type { AnyBulkWriteOperation, Model } from "mongoose";
import type { Provenance } from "@prisme/common";

const REPLACE_CHUNK = 10;

export interface Known {
  empreinte: string | null;
  jeuDeDonnees: string | null;
  retiree: boolean;
}

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}

/** A digest of a mapped record: the mapper writes fields in a fixed order, so equal content gives equal text. */
export const fingerprint = (record: object) => createHash("sha1").update(JSON.stringify(record)).digest("base64url");

/**
 * Reads once, at the start of an import, the key and fingerprint of every stored record. FerretDB
 * 1.x scans a collection for any filter but _id, so one projected scan per import replaces one
 * query per batch; the map costs about 100 bytes per stored record, whatever the file size.
 */
export async function loadKnown(model: Model<never>, key: string): Promise<Map<string, Known>> {
  const known = new Map<string, Known>();
  const cursor = model.find({} as never, { [key]: 1, empreinte: 1, retiree: 1, "provenance.jeuDeDonnees": 1, _id: 0 }).lean().cursor({ batchSize: 5000 });
  for await (const doc of cursor as AsyncIterable<Record<string, unknown>>) {
    const provenance = doc.provenance as { jeuDeDonnees?: string } | undefined;
    known.set(String(doc[key]), { empreinte: (doc.empreinte as string) ?? null, jeuDeDonnees: provenance?.jeuDeDonnees ?? null, retiree: doc.retiree === true });
  }
  return known;
}

/**
 * Writes one batch: new records in one insertMany, changed ones replaced by _id (the natural key),
 * unchanged ones not written at all (their provenance date keeps telling when they last changed).
 */
export async function writeBatch<T extends Record<string, unknown>>(
  model: Model<never>,
  key: string,
  records: T[],
  provenance: Omit<Provenance, "miseAJour">,
  known: Map<string, Known>,
  counts: Counts,
): Promise<void> {
  const miseAJour = new Date();
  const inserts: Record<string, unknown>[] = [];
  const replaces: AnyBulkWriteOperation[] = [];
  for (const record of records) {
    const id = String(record[key]);
    const empreinte = fingerprint(record);
    const stored = known.get(id);
    const doc = { ...record, _id: id, empreinte, provenance: { ...provenance, miseAJour } };
    if (!stored) {
      inserts.push(doc);
      counts.created += 1;
    } else if (stored.empreinte === empreinte && stored.jeuDeDonnees === provenance.jeuDeDonnees && !stored.retiree) {
      counts.unchanged += 1;
    } else {
      replaces.push({ replaceOne: { filter: { _id: id }, replacement: doc } });
      counts.updated += 1;
    }
    known.set(id, { empreinte, jeuDeDonnees: provenance.jeuDeDonnees, retiree: false });
  }
  // The driver's own writes: the mappers already produced complete, checked documents, and mongoose's
  // casting of deep sub-documents cost more than the database round trip.
  if (inserts.length) await model.collection.insertMany(inserts as never[], { ordered: false });
  // FerretDB 1.24 stalls on one update command carrying many statements: replacements go ten at a time.
  for (let i = 0; i < replaces.length; i += REPLACE_CHUNK) await model.collection.bulkWrite(replaces.slice(i, i + REPLACE_CHUNK) as never, { ordered: false });
}
