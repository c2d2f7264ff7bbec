/** One record left out of an import, with where it was and why. */
export interface Rejection {
  /** Line number (CSV, counting the header as line 1) or record identifier (XML/JSON). */
  where: string;
  reason: string;
}

const KEPT_REJECTIONS = 1000;

/** What an import did: the figures every Prisme import reports. */
export class ImportReport {
  read = 0;
  created = 0;
  updated = 0;
  unchanged = 0;
  rejectedCount = 0;
  /** Per field, how many updates replaced a stored value by an empty one. */
  readonly emptied = new Map<string, number>();
  /** The first rejections (all of them are counted in rejectedCount). */
  readonly rejections: Rejection[] = [];

  constructor(
    readonly source: string,
    readonly file: string,
  ) {}

  reject(where: string, reason: string): void {
    this.rejectedCount += 1;
    if (this.rejections.length < KEPT_REJECTIONS) this.rejections.push({ where, reason });
  }

  /** A plain summary, one line of figures then one line per rejection kept. */
  summary(): string {
    const lines = [
      `${this.source} ${this.file}: read ${this.read}, created ${this.created}, updated ${this.updated}, unchanged ${this.unchanged}, rejected ${this.rejectedCount}`,
      ...this.rejections.map((r) => `  rejected ${r.where}: ${r.reason}`),
    ];
    if (this.emptied.size) lines.splice(1, 0, `  updates emptied: ${[...this.emptied].map(([field, n]) => `${field} (${n})`).join(", ")}`);
    if (this.rejectedCount > this.rejections.length) lines.push(`  … and ${this.rejectedCount - this.rejections.length} more rejections`);
    return lines.join("\n");
  }

  toJSON() {
    return {
      source: this.source,
      file: this.file,
      read: this.read,
      created: this.created,
      updated: this.updated,
      unchanged: this.unchanged,
      rejected: this.rejectedCount,
      emptied: Object.fromEntries(this.emptied),
      rejections: this.rejections,
    };
  }
}

/** A file refused as a whole (wrong format, missing columns…): nothing of it is written. */
export class ImportFormatError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: refused as a whole, nothing was imported: ${reason}`);
    this.name = "ImportFormatError";
  }
}
