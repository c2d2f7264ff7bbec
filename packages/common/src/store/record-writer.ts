import { createHash } from "node:crypto";
import type { mongo } from "mongoose";
import { canonical } from "../import/canonical";
import type { ProgressSink } from "../import/progress";
import type { Provenance } from "../provenance";
import { deleteByIds, findByIds, setByIds, type Keyed } from "./by-id";
import type { ChangeLog } from "./change-log";
import { chunks, INSERT_BATCH, WRITE_BATCH } from "./ferretdb-limits";
import { pack as packRecord } from "./packed";

/** What a write tells its caller (an ImportReport has these fields). */
export interface WriteCounts {
  created: number;
  updated: number;
  unchanged: number;
  /** Per field, how many updates replaced a stored value by an empty one (null, "", []). */
  emptied?: Map<string, number>;
}

/** A document kept beside each record in another collection (e.g. a small search entry), or null for none. */
export interface Projection<R> {
  collection: string;
  project(record: R & { provenance: Provenance }): Keyed | null;
}

export interface RecordWriterOptions<R> {
  /** Who publishes the records and in which dataset; the writer adds the date. */
  provenance: Omit<Provenance, "miseAJour">;
  counts: WriteCounts;
  changes: ChangeLog;
  projections?: Projection<R>[];
  progress?: ProgressSink;
  label?: string;
  /**
   * The digest telling a change from a re-import (default: fingerprintOf, independent of field
   * order). A mapper that always writes fields in one order may pass a cheaper one.
   */
  fingerprint?: (record: object) => string;
}

/** What the fingerprints say of a stored record. */
export interface StoredRecord {
  empreinte: string | null;
  jeuDeDonnees: string | null;
}

/** What the side collection `<collection>_empreintes` keeps of each record. */
interface Fingerprint {
  _id: string;
  /** A digest of the record's content; null forces the next write of the record to rewrite it. */
  empreinte: string | null;
  jeuDeDonnees: string | null;
  /** The record's fields that held a value: tells which fields an update empties. */
  champs: string[];
}

/**
 * A fingerprint as stored: one text field. FerretDB spends most of a read on decoding each field of
 * each document, so a one-field document reads several times faster (50,000 fingerprints: 2 s, not 5).
 */
interface FingerprintDoc {
  _id: string;
  f: string;
}

const SEPARATOR = "\u0001";
const packPrint = (print: Fingerprint): FingerprintDoc => ({ _id: print._id, f: [print.empreinte ?? "", print.jeuDeDonnees ?? "", print.champs.join(",")].join(SEPARATOR) });
function unpackPrint(doc: FingerprintDoc): Fingerprint {
  const [empreinte, jeuDeDonnees, champs] = String(doc.f ?? "").split(SEPARATOR);
  return { _id: doc._id, empreinte: empreinte || null, jeuDeDonnees: jeuDeDonnees || null, champs: champs ? champs.split(",") : [] };
}

const DUPLICATE_KEY = 11000;

/** A digest of a record's content: field order, null and absent fields do not matter. */
export const fingerprintOf = (record: object): string => createHash("sha1").update(canonical(record)).digest("base64url");

const isEmpty = (value: unknown) => value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
const isPlainObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date);

/** The fields of a record that hold a value, sub-fields of an object one level down ("contacts.mail"): what an update may empty. */
function filledFields(record: Record<string, unknown>): string[] {
  const fields: string[] = [];
  for (const [field, value] of Object.entries(record)) {
    if (field === "_id" || isEmpty(value)) continue;
    if (isPlainObject(value)) {
      const inner = Object.entries(value).filter(([, v]) => !isEmpty(v));
      if (inner.length === 0) continue;
      for (const [sub] of inner) fields.push(`${field}.${sub}`);
    } else fields.push(field);
  }
  return fields;
}

/** The value at a field or "field.sub" path. */
function valueAt(record: Record<string, unknown>, path: string): unknown {
  const dot = path.indexOf(".");
  if (dot < 0) return record[path];
  const parent = record[path.slice(0, dot)];
  return isPlainObject(parent) ? parent[path.slice(dot + 1)] : undefined;
}

/**
 * The one write path of every importer and mutation: records keyed by their natural key as _id.
 *
 * Each batch: the fingerprints of its records are read by _id; new records are inserted, changed
 * ones replaced by _id, unchanged ones not written at all (their provenance date keeps telling
 * when they last changed); then the projections beside them, then an entry in the change log
 * (read models of every process follow it), then the fingerprints. A record stored without a
 * fingerprint (an import killed in between, data stored by an older version) meets a duplicate key
 * on insert and is compared with what is stored, so a re-run mends an interrupted run exactly.
 * Fingerprints live in a side collection because reading a 100-byte fingerprint is far cheaper for
 * FerretDB than decoding a record of several kilobytes.
 */
export class RecordWriter<R extends Keyed> {
  private readonly records: mongo.Collection;
  private readonly fingerprints: mongo.Collection;
  private written = 0;
  private lastProgress = 0;

  constructor(
    private readonly db: mongo.Db,
    readonly collectionName: string,
    private readonly options: RecordWriterOptions<R>,
  ) {
    this.records = db.collection(collectionName);
    this.fingerprints = db.collection(fingerprintCollection(collectionName));
  }

  /** Writes records (any number: they go INSERT_BATCH at a time); returns the ids created or changed. */
  async write(records: readonly R[]): Promise<string[]> {
    const changed: string[] = [];
    for (const batch of chunks(records, INSERT_BATCH)) changed.push(...(await this.writeBatch(batch)));
    return changed;
  }

  /**
   * Changes some fields of stored records by _id (a withdrawal, a cancellation). Their fingerprints
   * are voided, so the next import of such a record rewrites it whole; `dropProjections` removes
   * the documents kept beside them.
   */
  async patch(ids: readonly string[], set: Record<string, unknown>, options: { dropProjections?: boolean } = {}): Promise<void> {
    if (ids.length === 0) return;
    await setByIds(this.records, ids, set);
    if (options.dropProjections) for (const projection of this.options.projections ?? []) await deleteByIds(this.db.collection(projection.collection), ids);
    await this.options.changes.record([{ collection: this.collectionName, ids: [...ids] }]);
    // Voided fingerprints: the next import of these records rewrites them whole.
    await this.saveFingerprints([], ids.map((_id) => ({ _id, empreinte: null, jeuDeDonnees: null, champs: [] })));
  }

  /** Deletes records by _id, with their projections and fingerprints. */
  async remove(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await deleteByIds(this.records, ids);
    for (const projection of this.options.projections ?? []) await deleteByIds(this.db.collection(projection.collection), ids);
    await this.options.changes.record([{ collection: this.collectionName, ids: [...ids] }]);
    await deleteByIds(this.fingerprints, ids);
  }

  /**
   * What the fingerprints say of every stored record (a scan: for imports, never for requests). A
   * patched record has a null fingerprint.
   */
  async stored(): Promise<Map<string, StoredRecord>> {
    const stored = new Map<string, StoredRecord>();
    for await (const doc of this.fingerprints.find({}, { batchSize: 5000 })) {
      const print = unpackPrint(doc as unknown as FingerprintDoc);
      stored.set(print._id, { empreinte: print.empreinte, jeuDeDonnees: print.jeuDeDonnees });
    }
    return stored;
  }

  /** The digest this writer compares records by. */
  fingerprint(record: object): string {
    return (this.options.fingerprint ?? fingerprintOf)(record);
  }

  private async writeBatch(records: readonly R[]): Promise<string[]> {
    const { provenance, counts } = this.options;
    const known = new Map((await findByIds<FingerprintDoc>(this.fingerprints, records.map((r) => r._id))).map((doc) => [doc._id, unpackPrint(doc)]));
    const miseAJour = new Date();
    const inserts: Record<string, unknown>[] = [];
    const replaces: Record<string, unknown>[] = [];
    const prints = new Map<string, Fingerprint>();
    for (const record of records) {
      const empreinte = this.fingerprint(record);
      const stored = known.get(record._id);
      if (stored && stored.empreinte === empreinte && stored.jeuDeDonnees === provenance.jeuDeDonnees) {
        counts.unchanged += 1;
        continue;
      }
      const doc = { ...record, provenance: { ...provenance, miseAJour } };
      prints.set(record._id, { _id: record._id, empreinte, jeuDeDonnees: provenance.jeuDeDonnees, champs: filledFields(record) });
      if (!stored) {
        inserts.push(doc);
        continue;
      }
      replaces.push(doc);
      counts.updated += 1;
      this.noteEmptied(stored.champs, record);
    }
    const duplicates = await insertKeepingDuplicates(this.records, inserts, packRecord);
    counts.created += inserts.length - duplicates.length;
    // Stored without a fingerprint: compared with what is stored, rewritten only when it differs.
    const storedDocs = new Map((await findByIds<Keyed & Record<string, unknown>>(this.records, duplicates.map((d) => d._id as string))).map((d) => [d._id, d]));
    const mended: string[] = [];
    const mendedDocs: Record<string, unknown>[] = [];
    for (const doc of duplicates) {
      const before = storedDocs.get(doc._id as string);
      const { provenance: beforeProvenance, ...beforeContent } = before ?? ({} as Record<string, unknown>);
      const content = withoutProvenance(doc);
      if (before && this.fingerprint(beforeContent) === this.fingerprint(content) && (beforeProvenance as Provenance | undefined)?.jeuDeDonnees === provenance.jeuDeDonnees) {
        counts.unchanged += 1;
        mended.push(doc._id as string);
        mendedDocs.push({ ...doc, provenance: beforeProvenance });
      } else {
        replaces.push(doc);
        counts.updated += 1;
        if (before) this.noteEmptied(filledFields(beforeContent), content);
      }
    }
    for (const batch of chunks(replaces, WRITE_BATCH)) {
      await this.records.bulkWrite(batch.map((doc) => ({ replaceOne: { filter: { _id: doc._id } as never, replacement: packRecord(doc), upsert: true } })), { ordered: false });
    }
    const changed = [...inserts, ...replaces].map((doc) => doc._id as string);
    const createdIds = new Set(inserts.filter((doc) => !duplicates.includes(doc)).map((doc) => doc._id as string));
    // Mended records get their projections again: the interrupted run may have stopped before them.
    await this.writeProjections([...inserts.filter((doc) => createdIds.has(doc._id as string)), ...replaces, ...mendedDocs] as never, createdIds);
    // Announced before the fingerprints: a run killed in between is mended, and announced, by the next one.
    await this.options.changes.record([{ collection: this.collectionName, ids: [...changed, ...mended] }]);
    const fingerprintDocs = [...prints.values()];
    const freshPrints = fingerprintDocs.filter((f) => createdIds.has(f._id) && !known.has(f._id));
    const otherPrints = fingerprintDocs.filter((f) => !freshPrints.includes(f));
    for (const id of mended) otherPrints.push({ _id: id, empreinte: prints.get(id)?.empreinte ?? null, jeuDeDonnees: provenance.jeuDeDonnees, champs: prints.get(id)?.champs ?? [] });
    await this.saveFingerprints(freshPrints, otherPrints);
    this.reportProgress(records.length);
    return changed;
  }

  private saveFingerprints(fresh: Fingerprint[], others: Fingerprint[]): Promise<void> {
    return saveAll(this.fingerprints, fresh.map(packPrint), others.map(packPrint));
  }

  private async writeProjections(docs: (R & { provenance: Provenance })[], created: ReadonlySet<string>): Promise<void> {
    for (const projection of this.options.projections ?? []) {
      const collection = this.db.collection(projection.collection);
      const fresh: Keyed[] = [];
      const replaced: Keyed[] = [];
      const dropped: string[] = [];
      for (const doc of docs) {
        const projected = projection.project(doc);
        if (!projected) dropped.push(doc._id);
        else (created.has(doc._id) ? fresh : replaced).push(projected);
      }
      await saveAll(collection, fresh, replaced, packRecord);
      await deleteByIds(collection, dropped);
    }
  }

  private noteEmptied(before: readonly string[], record: Record<string, unknown>): void {
    const emptied = this.options.counts.emptied;
    if (!emptied) return;
    for (const field of before) if (isEmpty(valueAt(record, field))) emptied.set(field, (emptied.get(field) ?? 0) + 1);
  }

  private reportProgress(count: number): void {
    this.written += count;
    const now = Date.now();
    if (!this.options.progress || now - this.lastProgress < 1000) return;
    this.lastProgress = now;
    const { created, updated, unchanged } = this.options.counts;
    this.options.progress(`[${this.options.label ?? this.collectionName}] ${this.written} records written (created ${created}, updated ${updated}, unchanged ${unchanged})`);
  }
}

/** A stored or new record without its provenance: the content a fingerprint covers. */
function withoutProvenance(doc: Record<string, unknown>): Record<string, unknown> {
  const content = { ...doc };
  delete content.provenance;
  return content;
}

/** The side collection of a collection's fingerprints. */
export const fingerprintCollection = (collection: string) => `${collection}_empreintes`;

/** Inserts documents in one command (in their stored form) and returns those refused because their _id is stored already. */
async function insertKeepingDuplicates<D extends Record<string, unknown>>(collection: mongo.Collection, docs: D[], stored: (doc: D) => Record<string, unknown> = (doc) => doc): Promise<D[]> {
  if (docs.length === 0) return [];
  try {
    await collection.insertMany(docs.map(stored), { ordered: false });
    return [];
  } catch (error) {
    const writeErrors = (error as { writeErrors?: { code?: number; index: number }[] | { code?: number; index: number } }).writeErrors;
    const list = Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : [];
    if (list.length === 0 || list.some((e) => e.code !== DUPLICATE_KEY)) throw error;
    return list.map((e) => docs[e.index]!);
  }
}

/** Inserts the fresh documents (falling back to a replacement for any already there) and replaces the others, by _id, in their stored form. */
async function saveAll(collection: mongo.Collection, fresh: Keyed[], others: Keyed[], stored: (doc: Record<string, unknown>) => Record<string, unknown> = (doc) => doc): Promise<void> {
  const replaced = [...others, ...(await insertKeepingDuplicates(collection, fresh as never[], stored))] as Keyed[];
  for (const batch of chunks(replaced, WRITE_BATCH)) {
    await collection.bulkWrite(batch.map((doc) => ({ replaceOne: { filter: { _id: doc._id } as never, replacement: stored(doc as never), upsert: true } })), { ordered: false });
  }
}
