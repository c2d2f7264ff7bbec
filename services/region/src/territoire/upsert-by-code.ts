import type { AnyBulkWriteOperation, FilterQuery, Model, Types } from "mongoose";
import type { ImportReport, Provenance } from "@prisme/common";

type Stored = Record<string, unknown> & { _id: Types.ObjectId; code: string; provenance?: Provenance };

// FerretDB 1.24 (SQLite) stops answering when one update command carries 100 statements or more:
// updates go in smaller batches (inserts are not affected and go in one command).
const UPDATE_BATCH = 50;

/** Whether every field of the record already holds that value in the stored document (records are flat: strings, numbers, lists of strings). */
function sameFields(record: Record<string, unknown>, stored: Stored): boolean {
  return Object.keys(record).every((field) => JSON.stringify(record[field] ?? null) === JSON.stringify(stored[field] ?? null));
}

/**
 * Writes records keyed by their INSEE code, idempotently: one read of what is stored in `scope`
 * (the part of the collection the records may already be in), then inserts for the new codes and
 * updates for the changed ones only. Unchanged records are not written, so their
 * provenance.miseAJour keeps telling when they last changed.
 */
export async function upsertByCode<T>(
  model: Model<T>,
  records: (Record<string, unknown> & { code: string })[],
  source: Omit<Provenance, "miseAJour">,
  scope: FilterQuery<T>,
  report: ImportReport,
): Promise<void> {
  report.read += records.length;
  // One scan of the scope rather than `code: { $in: [...] }`: FerretDB evaluates $in per document,
  // which costs far more with thousands of codes than reading the scope once.
  const stored = (await model.find(scope).lean().exec()) as unknown as Stored[];
  const byCode = new Map(stored.map((doc) => [doc.code, doc]));
  const miseAJour = new Date();
  const inserts: AnyBulkWriteOperation[] = [];
  const updates: AnyBulkWriteOperation[] = [];
  for (const record of records) {
    const current = byCode.get(record.code);
    const document = { ...record, provenance: { ...source, miseAJour } };
    if (!current) {
      inserts.push({ insertOne: { document } });
      report.created += 1;
    } else if (sameFields(record, current) && current.provenance?.jeuDeDonnees === source.jeuDeDonnees) {
      report.unchanged += 1;
    } else {
      // By _id, known from the read: FerretDB finds a document by _id far faster than by another field.
      updates.push({ updateOne: { filter: { _id: current._id }, update: { $set: document } } });
      report.updated += 1;
    }
  }
  if (inserts.length) await model.bulkWrite(inserts as never, { ordered: false });
  for (let start = 0; start < updates.length; start += UPDATE_BATCH) {
    await model.bulkWrite(updates.slice(start, start + UPDATE_BATCH) as never, { ordered: false });
  }
}
