import type { mongo } from "mongoose";
import { chunks, ID_BATCH } from "./ferretdb-limits";

/** What one write changed in one collection: some records by _id, or all of it (a reload is needed). */
export interface Change {
  collection: string;
  ids?: string[];
  all?: boolean;
}

/** One entry of the log: its sequence number and the changes it announces. */
export interface ChangeEntry {
  sequence: number;
  at: Date;
  changes: Change[];
}

interface EntryDoc {
  _id: string;
  at: Date;
  changes: Change[];
}

interface StampDoc {
  _id: string;
  sequence: number;
  at: Date;
}

/** The collection of a service's database that holds the log (entries and the stamp). */
export const CHANGES_COLLECTION = "changes";
const STAMP_ID = "stamp";
/** Entries kept: a reader further behind than this reloads its read model whole. */
const KEPT_ENTRIES = 5_000;
/** Ids announced per entry: a bigger write is announced in several entries. */
const IDS_PER_ENTRY = 1_000;
/** How far past the stamp a reader looks: the stamp may lag behind entries written concurrently. */
const LOOKAHEAD = 50;

const entryId = (sequence: number) => String(sequence).padStart(12, "0");

/**
 * The change log of a service's database: every writer (an import, a mutation, in any process or
 * replica) appends what it changed, and every read model follows it. Everything is read and written
 * by _id, the one lookup FerretDB answers through an index.
 *
 * FerretDB has no transactions and its findAndModify is not atomic under concurrency (two writers
 * incrementing one counter may get the same number), so an entry claims its sequence number by
 * inserting itself under it: the unique _id index lets exactly one writer have each number, and the
 * numbers are taken in order, without gaps. The stamp document only tells where the log ends (it may
 * lag by a few entries; readers look ahead of it).
 */
export class ChangeLog {
  constructor(private readonly collection: mongo.Collection) {}

  static of(db: mongo.Db): ChangeLog {
    return new ChangeLog(db.collection(CHANGES_COLLECTION));
  }

  /** Appends the changes (after the data is written) and returns the last sequence number used. */
  async record(changes: Change[]): Promise<number> {
    const entries = splitChanges(changes.filter((change) => change.all || (change.ids && change.ids.length > 0)));
    let last = 0;
    for (const entry of entries) last = await this.append(entry);
    return last;
  }

  /** The sequence number of the last entry written (0 when the log is empty). */
  async head(): Promise<number> {
    let head = await this.stamp();
    // Look past the stamp for entries whose writer has not updated it yet.
    for (;;) {
      const found = await this.read(head + 1, head + LOOKAHEAD);
      if (found.length === 0) return head;
      head = found[found.length - 1].sequence;
      if (found.length < LOOKAHEAD) return head;
    }
  }

  /**
   * The entries after `from`, in order, as far as they run without a gap (at most `limit` of them);
   * `pruned` when entry `from + 1` is gone although later ones exist (the reader fell too far behind).
   */
  async since(from: number, limit = 2_000): Promise<{ entries: ChangeEntry[]; pruned: boolean }> {
    const stamp = await this.stamp();
    const entries: ChangeEntry[] = [];
    let next = from + 1;
    for (;;) {
      const want = Math.min(limit - entries.length, Math.max(stamp - next + 1, 0) + LOOKAHEAD);
      if (want <= 0) return { entries, pruned: false };
      let taken = 0;
      for (const entry of await this.read(next, next + want - 1)) {
        if (entry.sequence !== next) break;
        entries.push(entry);
        next += 1;
        taken += 1;
      }
      // The stamp is written after its entry, and entries are taken in order without gaps: a missing
      // entry at or below the stamp was pruned.
      if (taken === 0) return { entries, pruned: entries.length === 0 && next <= stamp };
      if (taken < want) return { entries, pruned: false };
    }
  }

  private async raiseStamp(sequence: number): Promise<void> {
    const raise = () => this.collection.updateOne({ _id: STAMP_ID } as never, { $max: { sequence }, $set: { at: new Date() } } as never, { upsert: true });
    try {
      await raise();
    } catch (error) {
      // Two first writers upserting the stamp at once: one inserts it, the other meets the duplicate
      // key and raises the stamp it now finds.
      if ((error as { code?: number }).code !== 11000) throw error;
      await raise();
    }
  }

  private async stamp(): Promise<number> {
    const doc = (await this.collection.findOne({ _id: STAMP_ID } as never)) as StampDoc | null;
    return doc?.sequence ?? 0;
  }

  private async read(first: number, last: number): Promise<ChangeEntry[]> {
    if (last < first) return [];
    const ids = Array.from({ length: last - first + 1 }, (_, i) => entryId(first + i));
    const docs: EntryDoc[] = [];
    for (const batch of chunks(ids, ID_BATCH)) docs.push(...((await this.collection.find({ _id: { $in: batch } } as never).toArray()) as unknown as EntryDoc[]));
    return docs
      .map((doc) => ({ sequence: Number(doc._id), at: doc.at, changes: doc.changes }))
      .sort((a, b) => a.sequence - b.sequence);
  }

  private async append(changes: Change[]): Promise<number> {
    let sequence = (await this.stamp()) + 1;
    for (;;) {
      try {
        await this.collection.insertOne({ _id: entryId(sequence), at: new Date(), changes } as never);
        break;
      } catch (error) {
        if ((error as { code?: number }).code !== 11000) throw error;
        sequence += 1;
      }
    }
    // The stamp only moves forward; a concurrent writer may set a lower number last, which readers' look-ahead covers.
    await this.raiseStamp(sequence);
    if (sequence > KEPT_ENTRIES) await this.collection.deleteOne({ _id: entryId(sequence - KEPT_ENTRIES) } as never);
    return sequence;
  }
}

/** Groups changes into entries of at most IDS_PER_ENTRY ids. */
function splitChanges(changes: Change[]): Change[][] {
  const entries: Change[][] = [];
  let current: Change[] = [];
  let size = 0;
  for (const change of changes) {
    if (change.all) {
      current.push({ collection: change.collection, all: true });
      continue;
    }
    for (const ids of chunks([...new Set(change.ids!)], IDS_PER_ENTRY)) {
      if (size + ids.length > IDS_PER_ENTRY && current.length) {
        entries.push(current);
        current = [];
        size = 0;
      }
      current.push({ collection: change.collection, ids });
      size += ids.length;
    }
  }
  if (current.length) entries.push(current);
  return entries;
}
