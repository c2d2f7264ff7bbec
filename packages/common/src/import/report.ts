/** One record left out of an import, with where it was and why. */
export interface Rejection {
  /** Line number (CSV, counting the header as line 1) or record identifier (XML/JSON). */
  where: string;
  reason: string;
}

/** Something of a record the import kept as the file gives it but could not read fully (e.g. a code no dictionary knows). */
export interface Warning {
  /** The record and where in it (line, element). */
  where: string;
  reason: string;
}

const KEPT_REJECTIONS = 1000;
const KEPT_WARNINGS = 1000;
/** A reason or refusal quotes the file; a 5 MB field must not become a 5 MB message. */
const MAX_REASON = 400;

/** A text cut to `max` characters, saying how long it was. */
export function clip(text: string, max = MAX_REASON): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters in all)`;
}

/** Where readers report what they read and reject (an ImportReport is one). */
export interface RejectionSink {
  read: number;
  reject(where: string, reason: string): void;
}

/** What an import did: the figures every Prisme import reports. */
export class ImportReport implements RejectionSink {
  read = 0;
  created = 0;
  updated = 0;
  unchanged = 0;
  rejectedCount = 0;
  /** Per field, how many updates replaced a stored value by an empty one. */
  readonly emptied = new Map<string, number>();
  /** The first rejections (all of them are counted in rejectedCount). */
  readonly rejections: Rejection[] = [];
  warningCount = 0;
  /** The first warnings (all of them are counted in warningCount): records imported with something kept raw. */
  readonly warnings: Warning[] = [];

  constructor(
    readonly source: string,
    readonly file: string,
  ) {}

  reject(where: string, reason: string): void {
    this.rejectedCount += 1;
    if (this.rejections.length < KEPT_REJECTIONS) this.rejections.push({ where: clip(where, 200), reason: clip(reason) });
  }

  /** Counts something a record was imported with although it could not be read fully (the record itself is kept). */
  warn(where: string, reason: string): void {
    this.warningCount += 1;
    if (this.warnings.length < KEPT_WARNINGS) this.warnings.push({ where: clip(where, 200), reason: clip(reason) });
  }

  /** A plain summary, one line of figures then one line per rejection and warning kept. */
  summary(): string {
    const lines = [
      `${this.source} ${this.file}: read ${this.read}, created ${this.created}, updated ${this.updated}, unchanged ${this.unchanged}, rejected ${this.rejectedCount}${this.warningCount ? `, warnings ${this.warningCount}` : ""}`,
      ...this.rejections.map((r) => `  rejected ${r.where}: ${r.reason}`),
      ...this.warnings.map((w) => `  warning ${w.where}: ${w.reason}`),
    ];
    if (this.emptied.size) lines.splice(1, 0, `  updates emptied: ${[...this.emptied].map(([field, n]) => `${field} (${n})`).join(", ")}`);
    if (this.rejectedCount > this.rejections.length) lines.push(`  … and ${this.rejectedCount - this.rejections.length} more rejections`);
    if (this.warningCount > this.warnings.length) lines.push(`  … and ${this.warningCount - this.warnings.length} more warnings`);
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
      warningCount: this.warningCount,
      warnings: this.warnings,
    };
  }
}

/** A file refused as a whole (wrong format, missing columns…): nothing of it is written. */
export class ImportFormatError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: refused as a whole, nothing was imported: ${clip(reason, 1000)}`);
    this.name = "ImportFormatError";
  }
}
