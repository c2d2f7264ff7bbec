import { LRUCache } from "lru-cache";
import type { Keyed } from "../store/by-id";

/**
 * The whole documents that requests last read by _id, kept in memory up to a size, so that the
 * pages people ask again are answered without a database round trip.
 *
 * Why: a page of 20 LHEO offers read by _id costs the embedded FerretDB ~5.5 ms of CPU (decoding the
 * stored text) and the subgraph ~2.5 ms more (the wire format, then the text), on a machine of 2
 * cores whose gateway and subgraph already spend ~20 ms on that page; the first pages of the
 * common lists are asked over and over.
 *
 * Kept in step with the database by the read model that owns it (ReadModel.documents): a record
 * announced as changed in the change log is forgotten as soon as the change is seen, a whole load
 * forgets everything, and a read that began before a change is not kept (it may hold the previous
 * version). So the cache is never staler than the read model's lists themselves.
 *
 * Its documents are shared by every request: they are frozen, so a resolver that would change one
 * fails at once (in the tests) instead of corrupting the next answers.
 */
export class DocumentCache<D extends Keyed> {
  private readonly entries: LRUCache<string, D> | null;
  /** Moves with every forgetting: a read that began under an older generation is not kept. */
  private generation = 0;

  /** `maxBytes`: how much stored text (the packed records' length) the cache may hold; 0 keeps nothing. */
  constructor(
    readonly collection: string,
    maxBytes: number,
  ) {
    this.entries = maxBytes > 0 ? new LRUCache<string, D>({ maxSize: maxBytes }) : null;
  }

  get(id: string): D | undefined {
    return this.entries?.get(id);
  }

  /** A token to give back to `keep`: taken before a read is sent. */
  beginRead(): number {
    return this.generation;
  }

  /** Keeps a document read from the database, unless something was forgotten since the read began. */
  keep(doc: D, storedBytes: number, readBegan: number): void {
    if (!this.entries || readBegan !== this.generation) return;
    this.entries.set(doc._id, deepFreeze(doc), { size: Math.max(1, storedBytes) });
  }

  /** Forgets records that changed. */
  forget(ids: Iterable<string>): void {
    this.generation += 1;
    if (this.entries) for (const id of ids) this.entries.delete(id);
  }

  /** Forgets everything (the read model was loaded again whole). */
  clear(): void {
    this.generation += 1;
    this.entries?.clear();
  }

  /** How many documents and how much stored text are held. */
  size(): { documents: number; bytes: number } {
    return { documents: this.entries?.size ?? 0, bytes: this.entries?.calculatedSize ?? 0 };
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const field of Object.values(value as object)) deepFreeze(field);
  }
  return value;
}
