import type { AnyBulkWriteOperation, Model } from "mongoose";
import { canonical, type ImportReport, type Provenance } from "@prisme/common";
import { consolidate } from "./etablissement.merge";
import type { EtablissementChamps, EtablissementDoc, SourceEtablissement } from "./etablissement.model";

export interface EtablissementRecord {
  uai: string;
  champs: EtablissementChamps;
}

const BATCH = 500;

/**
 * Creates or completes établissements with what one source says: that source's part is
 * replaced, the others' are kept, and the visible fields are consolidated again. A record
 * equal to what the source said last time is counted unchanged and not written.
 */
export async function storeEtablissements(
  model: Model<EtablissementDoc>,
  source: SourceEtablissement,
  provenance: Omit<Provenance, "miseAJour">,
  records: EtablissementRecord[],
  report: ImportReport,
): Promise<void> {
  for (let start = 0; start < records.length; start += BATCH) {
    const batch = records.slice(start, start + BATCH);
    const existing = await model.find({ uai: { $in: batch.map((r) => r.uai) } }).lean().exec();
    const byUai = new Map(existing.map((doc) => [doc.uai, doc as EtablissementDoc & { _id: unknown }]));
    const miseAJour = new Date();
    const operations: AnyBulkWriteOperation<EtablissementDoc>[] = [];
    for (const record of batch) {
      const current = byUai.get(record.uai);
      const before = current?.origines?.[source];
      if (before && before.provenance.jeuDeDonnees === provenance.jeuDeDonnees && canonical(before.champs) === canonical(record.champs)) {
        report.unchanged += 1;
        continue;
      }
      const origines = { ...(current?.origines ?? {}), [source]: { champs: record.champs, provenance: { ...provenance, miseAJour } } };
      const doc = consolidate(record.uai, origines);
      if (current) {
        // By _id: FerretDB (SQLite) finds a document by _id directly but scans the collection for
        // any other field, about 1 s per update on a thousand établissements.
        operations.push({ updateOne: { filter: { _id: current._id }, update: { $set: doc } } });
        report.updated += 1;
      } else {
        operations.push({ insertOne: { document: doc as EtablissementDoc } });
        report.created += 1;
      }
    }
    if (operations.length) await model.bulkWrite(operations, { ordered: false });
  }
}
