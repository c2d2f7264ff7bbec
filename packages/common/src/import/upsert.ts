import type { AnyBulkWriteOperation, Model } from "mongoose";
import type { Provenance } from "../provenance";
import type { ProgressSink } from "./progress";
import type { ImportReport } from "./report";

/** A canonical text of a value: keys sorted, dates as ISO strings, null and undefined fields dropped (tells a change from a re-import). */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>)
          .filter(([, inner]) => inner !== null && inner !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      );
    }
    return v;
  });
}

function sameFields(record: Record<string, unknown>, existing: Record<string, unknown>): boolean {
  return Object.keys(record).every((field) => canonical(record[field] ?? null) === canonical(existing[field] ?? null));
}

/**
 * Upserts one batch of records by their natural key: one read for the whole batch, then one
 * bulkWrite of the records that are new or changed. Unchanged records are not written, so
 * their provenance date keeps telling when they last changed.
 */
export async function upsertByKey<T>(
  model: Model<T>,
  key: string,
  records: Record<string, unknown>[],
  provenance: Omit<Provenance, "miseAJour">,
  report: ImportReport,
  progress?: { sink: ProgressSink; label: string },
): Promise<void> {
  if (records.length === 0) return;
  const keys = records.map((record) => String(record[key]));
  const existing = (await model.find({ [key]: { $in: keys } }).lean().exec()) as unknown as Record<string, unknown>[];
  const byKey = new Map(existing.map((doc) => [String(doc[key]), doc]));
  const miseAJour = new Date();
  const operations: AnyBulkWriteOperation[] = [];
  for (const record of records) {
    const current = byKey.get(String(record[key]));
    if (!current) {
      operations.push({ insertOne: { document: { ...record, provenance: { ...provenance, miseAJour } } } });
      report.created += 1;
    } else if (sameFields(record, current) && (current.provenance as Provenance | undefined)?.jeuDeDonnees === provenance.jeuDeDonnees) {
      report.unchanged += 1;
    } else {
      // By _id: FerretDB's SQLite backend finds a document by _id directly but scans for any other field.
      operations.push({ updateOne: { filter: { _id: current._id }, update: { $set: { ...record, provenance: { ...provenance, miseAJour } } } } });
      report.updated += 1;
    }
  }
  // Inserts travel in one command; updates go by small batches, because FerretDB 1.24 (SQLite)
  // stops answering when one update command carries 100 statements or more.
  const inserts = operations.filter((op) => "insertOne" in op);
  const updates = operations.filter((op) => "updateOne" in op);
  if (inserts.length) await model.bulkWrite(inserts as never, { ordered: false });
  progress?.sink(`[${progress.label}] ${inserts.length} created`);
  for (let start = 0; start < updates.length; start += UPDATE_BATCH) {
    await model.bulkWrite(updates.slice(start, start + UPDATE_BATCH) as never, { ordered: false });
    if ((start / UPDATE_BATCH) % 20 === 19 || start + UPDATE_BATCH >= updates.length) {
      progress?.sink(`[${progress.label}] ${Math.min(updates.length, start + UPDATE_BATCH)}/${updates.length} updated`);
    }
  }
}

const UPDATE_BATCH = 50;
