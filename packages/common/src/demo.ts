import type { mongo } from "mongoose";
import { ImportReport } from "./import/report";
import type { Provenance } from "./provenance";
import type { ChangeLog } from "./store/change-log";
import { RecordWriter } from "./store/record-writer";
import type { Keyed } from "./store/by-id";

/**
 * Writes demonstration records into a collection that is still empty, through the one write path
 * (fingerprints, change log). A collection that holds anything is left untouched: a later start
 * keeps what is stored.
 */
export async function seedIfEmpty(db: mongo.Db, collection: string, records: Keyed[], provenance: Omit<Provenance, "miseAJour">, changes: ChangeLog): Promise<number> {
  if ((await db.collection(collection).estimatedDocumentCount()) > 0) return 0;
  const report = new ImportReport("demo", collection);
  await new RecordWriter(db, collection, { provenance, counts: report, changes }).write(records);
  return report.created;
}
