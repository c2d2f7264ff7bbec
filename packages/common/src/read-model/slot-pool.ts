/** Pooled numbers are compacted once more than half the pool is left by updates and removals. */
const COMPACT_ABOVE = 64 * 1024;

/**
 * A short run of numbers per record (slot) of a table, all in one typed array: a record's codes by
 * number, its places as latitude, longitude pairs. One array per record would be an object (two, with
 * its elements) for each major garbage collection to mark: 50,000 offers with a few dimensions and
 * places made hundreds of thousands. A record's run is written at the end of the pool; what updates
 * and removals leave behind is reclaimed by copying the live runs into a new pool.
 */
export class SlotPool<A extends Int32Array | Float64Array> {
  /** The pool: a slot's numbers are `data[start(slot)]` to `data[start(slot) + length(slot) - 1]`. */
  data: A;
  private at = new Int32Array(1024);
  private count = new Int32Array(1024);
  /** Pool entries written so far, and those no slot refers to any more. */
  private used = 0;
  private unused = 0;

  constructor(private readonly make: (length: number) => A) {
    this.data = make(4096);
  }

  start(slot: number): number {
    return slot < this.at.length ? this.at[slot]! : 0;
  }

  length(slot: number): number {
    return slot < this.count.length ? this.count[slot]! : 0;
  }

  /** Where a slot's run ends in `data` (exclusive): its numbers are `data[start(slot)]` up to here. */
  end(slot: number): number {
    return this.start(slot) + this.length(slot);
  }

  set(slot: number, values: ArrayLike<number>): void {
    this.clear(slot);
    if (values.length === 0) return;
    if (slot >= this.at.length) this.growSlots(slot + 1);
    if (this.used + values.length > this.data.length) this.growPool(this.used + values.length);
    this.at[slot] = this.used;
    this.count[slot] = values.length;
    for (let i = 0; i < values.length; i += 1) this.data[this.used++] = values[i]!;
  }

  clear(slot: number): void {
    if (slot >= this.count.length || this.count[slot] === 0) return;
    this.unused += this.count[slot]!;
    this.count[slot] = 0;
    if (this.unused > COMPACT_ABOVE && this.unused * 2 > this.used) this.compact();
  }

  private growSlots(needed: number): void {
    const size = Math.max(needed, this.at.length * 2);
    const [at, count] = [new Int32Array(size), new Int32Array(size)];
    at.set(this.at);
    count.set(this.count);
    [this.at, this.count] = [at, count];
  }

  private growPool(needed: number): void {
    const grown = this.make(Math.max(needed, this.data.length * 2));
    grown.set(this.data.subarray(0, this.used));
    this.data = grown;
  }

  /** Copies the runs still referred to into a new pool, slot by slot. */
  private compact(): void {
    const data = this.make(Math.max(4096, (this.used - this.unused) * 2));
    let used = 0;
    for (let slot = 0; slot < this.count.length; slot += 1) {
      const count = this.count[slot]!;
      if (count === 0) continue;
      data.set(this.data.subarray(this.at[slot]!, this.at[slot]! + count), used);
      this.at[slot] = used;
      used += count;
    }
    this.data = data;
    this.used = used;
    this.unused = 0;
  }
}
