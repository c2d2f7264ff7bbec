import { basename } from "node:path";
import { ImportReport, noProgress, readCsv, RecordWriter, type EncodingOption, type Importer, type ProgressSink, type Store } from "@prisme/common";
import { CERTIFICATIONS } from "../../certification/certification.model";
import { CERTIF_INFO_COLUMNS, parseCertifInfoRow, type CertificationRecord } from "./certif-info.parser";

const PROVENANCE = { producteur: "Réseau des Carif-Oref", jeuDeDonnees: "Certif Info" };

/**
 * Imports the Certif Info CSV in two passes: the first reads the whole file (a wrong or broken
 * file is refused before anything is written), the second upserts by Certif Info code.
 */
export async function importCertifInfo(store: Store, path: string, progress: ProgressSink = noProgress, encoding?: EncodingOption): Promise<ImportReport> {
  const csv = { required: CERTIF_INFO_COLUMNS, label: "certif-info", quotes: "none", encoding } as const;
  for await (const row of readCsv(path, { ...csv, rejects: "skip", progress: (m) => progress(`${m} (pass 1/2: checking)`) })) void row;
  const report = new ImportReport("certif-info", basename(path));
  const writer = new RecordWriter(store.db, CERTIFICATIONS, { provenance: PROVENANCE, counts: report, changes: store.changes, progress, label: "certif-info (writing)" });
  const seen = new Map<string, number>();
  let batch: CertificationRecord[] = [];
  const flush = async () => {
    await writer.write(batch.map((record) => ({ _id: record.id, ...record })));
    batch = [];
  };
  // Certif Info repeats a certification on consecutive rows, one per Onisep FOR id: they merge into one.
  let pending: CertificationRecord | null = null;
  for await (const row of readCsv(path, { ...csv, rejects: report, progress: (m) => progress(`${m} (pass 2/2: importing)`) })) {
    report.read += 1;
    try {
      const record = parseCertifInfoRow(row);
      if (pending?.id === record.id) {
        pending.idsFormationOnisep = [...new Set([...pending.idsFormationOnisep, ...record.idsFormationOnisep])];
        continue;
      }
      if (seen.has(record.id)) throw new Error(`Code_Diplome ${record.id} already ended on line ${seen.get(record.id)}; its rows must follow each other`);
      if (pending) batch.push(pending);
      pending = record;
      seen.set(record.id, row.line);
    } catch (error) {
      report.reject(`line ${row.line}`, error instanceof Error ? error.message : String(error));
    }
    if (batch.length >= 1000) await flush();
  }
  if (pending) batch.push(pending);
  await flush();
  return report;
}

export const certifInfoImporter: Importer<Store> = {
  description: "Certif Info CSV of the Réseau des Carif-Oref (certifications: RNCP, Formacode, ROME, Onisep FOR links)",
  run: (models, file, { progress, encoding }) => importCertifInfo(models, file, progress, encoding),
};
