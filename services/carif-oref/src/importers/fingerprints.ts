import { createHash } from "node:crypto";
import type { AnyBulkWriteOperation, Model, mongo } from "mongoose";
import { noProgress, type ProgressSink, type Provenance } from "@prisme/common";
import { insertKeepingDuplicates, saveById } from "../common/save-by-id";

/** FerretDB 1.24 stalls on one write command carrying 100 statements or more; replacements go in tens. */
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

/** What the side collection keeps of each record: its natural key as _id and what tells a change. */
export interface FingerprintDoc extends Known {
  _id: string;
}

/** A digest of a mapped record: the mappers write fields in a fixed order, so equal content gives equal text. */
export const fingerprint = (record: object) => createHash("sha1").update(JSON.stringify(record)).digest("base64url");

/**
 * The fingerprints of a collection's records live in a small side collection (`<collection>_empreintes`).
 * An import reads them all once at its start to tell created, changed and unchanged records apart:
 * reading a 100-byte fingerprint is cheap where reading an offer (6 KB of nested fields) costs
 * FerretDB about 2 ms, so a re-import of 50,000 unchanged offers no longer reads the offers at all.
 */
export function fingerprintsOf(model: Model<never>): mongo.Collection<FingerprintDoc> {
  return model.db.collection<FingerprintDoc>(`${model.collection.collectionName}_empreintes`);
}

/**
 * Reads the fingerprint of every stored record. When the side collection is empty while records
 * exist (data stored before it existed, or demonstration data), it is first built from the records.
 */
export async function loadKnown(model: Model<never>, key: string, progress: ProgressSink = noProgress): Promise<Map<string, Known>> {
  const fingerprints = fingerprintsOf(model);
  const known = new Map<string, Known>();
  if (!(await fingerprints.findOne({})) && (await model.collection.findOne({}))) await rebuildFingerprints(model, key, progress);
  for await (const doc of fingerprints.find({}, { batchSize: 5000 })) {
    known.set(doc._id, { empreinte: doc.empreinte ?? null, jeuDeDonnees: doc.jeuDeDonnees ?? null, retiree: doc.retiree === true });
  }
  return known;
}

async function rebuildFingerprints(model: Model<never>, key: string, progress: ProgressSink): Promise<void> {
  const name = model.collection.collectionName;
  let done = 0;
  const cursor = model.collection.find({}, { projection: { [key]: 1, empreinte: 1, retiree: 1, "provenance.jeuDeDonnees": 1 }, batchSize: 1000 });
  let batch: FingerprintDoc[] = [];
  const flush = async () => {
    if (batch.length) await fingerprintsOf(model).insertMany(batch, { ordered: false });
    done += batch.length;
    batch = [];
    progress(`[${name}] fingerprints of the stored records (once): ${done} read`);
  };
  for await (const doc of cursor as AsyncIterable<Record<string, unknown>>) {
    const provenance = doc.provenance as { jeuDeDonnees?: string } | undefined;
    batch.push({ _id: String(doc[key]), empreinte: (doc.empreinte as string) ?? null, jeuDeDonnees: provenance?.jeuDeDonnees ?? null, retiree: doc.retiree === true });
    if (batch.length >= 1000) await flush();
  }
  await flush();
}

/**
 * Writes one batch: new records in one insertMany, changed ones replaced by _id (the natural key),
 * unchanged ones not written at all (their provenance date keeps telling when they last changed);
 * then what is derived from them, then the fingerprints of what was written. A record stored
 * without a fingerprint (an import stopped in between) meets a duplicate key on insert and is
 * replaced instead.
 */
export async function writeBatch<T extends Record<string, unknown>>(
  model: Model<never>,
  key: string,
  records: T[],
  provenance: Omit<Provenance, "miseAJour">,
  known: Map<string, Known>,
  counts: Counts,
  /** Writes what is derived from the records written (created or changed), before their fingerprints. */
  derived?: (records: T[], created: ReadonlySet<string>) => Promise<void>,
): Promise<void> {
  const miseAJour = new Date();
  const inserts: Record<string, unknown>[] = [];
  const replaces: AnyBulkWriteOperation[] = [];
  const written: FingerprintDoc[] = [];
  const writtenRecords: T[] = [];
  const created = new Set<string>();
  for (const record of records) {
    const id = String(record[key]);
    const empreinte = fingerprint(record);
    const stored = known.get(id);
    const doc = { ...record, _id: id, empreinte, provenance: { ...provenance, miseAJour } };
    if (!stored) {
      inserts.push(doc);
      created.add(id);
      counts.created += 1;
    } else if (stored.empreinte === empreinte && stored.jeuDeDonnees === provenance.jeuDeDonnees && !stored.retiree) {
      counts.unchanged += 1;
      continue;
    } else {
      replaces.push(replaceById(doc));
      counts.updated += 1;
    }
    const fresh = { empreinte, jeuDeDonnees: provenance.jeuDeDonnees, retiree: false };
    known.set(id, fresh);
    written.push({ _id: id, ...fresh });
    writtenRecords.push(record);
  }
  // The driver's own writes: the mappers already produced complete, checked documents, and mongoose's
  // casting of deep sub-documents cost more than the database round trip.
  if (inserts.length) {
    const duplicates = await insertKeepingDuplicates(model.collection as unknown as mongo.Collection<Record<string, unknown>>, inserts);
    counts.created -= duplicates.length;
    counts.updated += duplicates.length;
    replaces.push(...duplicates.map(replaceById));
  }
  for (let i = 0; i < replaces.length; i += REPLACE_CHUNK) await model.collection.bulkWrite(replaces.slice(i, i + REPLACE_CHUNK) as never, { ordered: false });
  if (derived && writtenRecords.length) await derived(writtenRecords, created);
  // Last: a record whose fingerprint is stored has all its writes done (an interrupted one is written again).
  await saveById(fingerprintsOf(model), written, created);
}

const replaceById = (doc: Record<string, unknown>): AnyBulkWriteOperation => ({ replaceOne: { filter: { _id: doc._id }, replacement: doc } });
