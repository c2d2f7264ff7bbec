import type { Keyword } from "./table";

/** Pooled numbers are compacted once more than half the pool is left by updates and removals. */
const COMPACT_ABOVE = 64 * 1024;

/**
 * The values each record (slot) of a table has in one dimension, numbered, in typed arrays: the
 * first value's number by slot, the others in one shared pool. Counting facets or testing a filter
 * over thousands of matches then reads consecutive numbers instead of one small array per record
 * scattered in the heap (a facet over the 12,000 offers near Clermont-Ferrand: under 0.3 ms, not 2),
 * and 50,000 offers with several codes each add no object for the garbage collector to mark (one
 * array per record and dimension was 430,000 objects, a fifth of carif-oref's heap to mark).
 */
export class SlotValues {
  /** Each value's number (numbers are never reused: a value no record has any more keeps its number). */
  readonly ids = new Map<Keyword, number>();
  /** The value of each number. */
  readonly names: Keyword[] = [];
  /** By slot: the number of its first value, or -1 for none. */
  private first = new Int32Array(1024).fill(-1);
  /** By slot: where its other values' numbers start in the pool, and how many there are. */
  private restAt = new Int32Array(1024);
  private restCount = new Int32Array(1024);
  private pool = new Int32Array(4096);
  /** Pool entries written so far, and those no slot refers to any more. */
  private used = 0;
  private unused = 0;

  set(slot: number, values: readonly Keyword[]): void {
    if (slot >= this.first.length) this.growSlots(slot + 1);
    this.clear(slot);
    if (values.length === 0) return;
    this.first[slot] = this.numberOf(values[0]!);
    const others = values.length - 1;
    if (others === 0) return;
    if (this.used + others > this.pool.length) this.growPool(this.used + others);
    this.restAt[slot] = this.used;
    this.restCount[slot] = others;
    for (let i = 1; i < values.length; i += 1) this.pool[this.used++] = this.numberOf(values[i]!);
  }

  clear(slot: number): void {
    if (slot >= this.first.length) return;
    this.first[slot] = -1;
    this.unused += this.restCount[slot]!;
    this.restCount[slot] = 0;
    if (this.unused > COMPACT_ABOVE && this.unused * 2 > this.used) this.compact();
  }

  /** The values of a slot (none for a slot never set or cleared). */
  valuesAt(slot: number): Keyword[] {
    const first = slot < this.first.length ? this.first[slot]! : -1;
    if (first < 0) return [];
    const values = [this.names[first]!];
    const at = this.restAt[slot]!;
    for (let i = 0; i < this.restCount[slot]!; i += 1) values.push(this.names[this.pool[at + i]!]!);
    return values;
  }

  /** A mask over the value numbers: 1 for the values given (unknown values are left out). */
  mask(values: readonly Keyword[]): Uint8Array {
    const mask = new Uint8Array(this.names.length);
    for (const value of values) {
      const id = this.ids.get(value);
      if (id !== undefined) mask[id] = 1;
    }
    return mask;
  }

  /** Whether the slot has one of the values of the mask. */
  matches(slot: number, mask: Uint8Array): boolean {
    const first = slot < this.first.length ? this.first[slot]! : -1;
    if (first < 0) return false;
    if (mask[first] === 1) return true;
    const at = this.restAt[slot]!;
    const end = at + this.restCount[slot]!;
    for (let i = at; i < end; i += 1) if (mask[this.pool[i]!] === 1) return true;
    return false;
  }

  /** Adds one to the count of each of the slot's values. */
  count(slot: number, tally: Uint32Array): void {
    const first = slot < this.first.length ? this.first[slot]! : -1;
    if (first < 0) return;
    tally[first]! += 1;
    const at = this.restAt[slot]!;
    const end = at + this.restCount[slot]!;
    for (let i = at; i < end; i += 1) tally[this.pool[i]!]! += 1;
  }

  private numberOf(value: Keyword): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(value, id);
      this.names.push(value);
    }
    return id;
  }

  private growSlots(needed: number): void {
    const size = Math.max(needed, this.first.length * 2);
    const grow = (old: Int32Array, fill: number) => {
      const grown = new Int32Array(size).fill(fill);
      grown.set(old);
      return grown;
    };
    this.first = grow(this.first, -1);
    this.restAt = grow(this.restAt, 0);
    this.restCount = grow(this.restCount, 0);
  }

  private growPool(needed: number): void {
    const grown = new Int32Array(Math.max(needed, this.pool.length * 2));
    grown.set(this.pool.subarray(0, this.used));
    this.pool = grown;
  }

  /** Copies the numbers still referred to into a new pool, slot by slot. */
  private compact(): void {
    const live = this.used - this.unused;
    const pool = new Int32Array(Math.max(4096, live * 2));
    let used = 0;
    for (let slot = 0; slot < this.first.length; slot += 1) {
      const count = this.restCount[slot]!;
      if (count === 0) continue;
      pool.set(this.pool.subarray(this.restAt[slot]!, this.restAt[slot]! + count), used);
      this.restAt[slot] = used;
      used += count;
    }
    this.pool = pool;
    this.used = used;
    this.unused = 0;
  }
}
