import type { ImportReport, ProgressSink } from "@prisme/common";
import type { AnyBulkWriteOperation, Model } from "mongoose";

const BATCH = 1000;

/** A canonical JSON text: object keys sorted, null/undefined fields dropped, so stored and parsed records compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== null && x !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/**
 * Upserts validated records by natural key. FerretDB's SQLite backend scans the collection for
 * a filter on any field but _id, so the stored records are read once in one query (not one
 * `$in` per batch), and changed ones are updated by _id; unchanged ones are not written at all.
 */
export async function upsertInBatches<T>(
  model: Model<T>,
  key: string,
  records: Record<string, unknown>[],
  provenance: { producteur: string; jeuDeDonnees: string },
  report: ImportReport,
  progress: ProgressSink,
  label: string,
): Promise<void> {
  const stored = (await model.find().lean().exec()) as unknown as Record<string, unknown>[];
  const byKey = new Map(stored.map((doc) => [String(doc[key]), doc]));
  const miseAJour = new Date();
  const operations: AnyBulkWriteOperation[] = [];
  for (const record of records) {
    const current = byKey.get(String(record[key]));
    if (!current) {
      operations.push({ insertOne: { document: { ...record, provenance: { ...provenance, miseAJour } } } });
      report.created += 1;
    } else if (
      (current.provenance as { jeuDeDonnees?: string } | undefined)?.jeuDeDonnees === provenance.jeuDeDonnees &&
      Object.keys(record).every((field) => canonical(record[field]) === canonical(current[field]))
    ) {
      report.unchanged += 1;
    } else {
      operations.push({ updateOne: { filter: { _id: current._id }, update: { $set: { ...record, provenance: { ...provenance, miseAJour } } } } });
      report.updated += 1;
    }
  }
  for (let start = 0; start < operations.length; start += BATCH) {
    await model.bulkWrite(operations.slice(start, start + BATCH) as never, { ordered: false });
    progress(`[${label}] written ${Math.min(operations.length, start + BATCH)}/${operations.length} changed records`);
  }
}
