import { ImportFormatError, readDecoded, RecordWriter, type EncodingOption, type ImportReport, type ProgressSink, type Provenance, type Store } from "@prisme/common";
import { STRUCTURES, type StructureRecord } from "../structure/structure.model";

/** What the national referentials give of hours and contacts: nothing. */
export const sansHorairesNiContacts = (): Pick<StructureRecord, "horaires" | "precisionHoraires" | "contacts"> => ({
  horaires: [],
  precisionHoraires: null,
  contacts: { telephone: null, courriel: null, siteWeb: null },
});

/** Writes structures by id through the one write path (created / updated / unchanged in the report). */
export async function ecrireStructures(store: Store, records: StructureRecord[], provenance: Omit<Provenance, "miseAJour">, report: ImportReport, progress?: ProgressSink) {
  const writer = new RecordWriter<StructureRecord>(store.db, STRUCTURES, { provenance, counts: report, changes: store.changes, progress, label: report.source });
  await writer.write(records);
}

/** Reads a JSON array of objects; anything else is refused as a whole before any write. */
export async function readJsonArray(file: string, required: string[], encoding?: EncodingOption): Promise<Record<string, unknown>[]> {
  const text = await readDecoded(file, { encoding });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ImportFormatError(file, `not a JSON file (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!Array.isArray(data)) throw new ImportFormatError(file, "expected a JSON array of records");
  const first = data.find((x) => x && typeof x === "object") as Record<string, unknown> | undefined;
  const missing = required.filter((field) => !first || !(field in first));
  if (data.length > 0 && missing.length) throw new ImportFormatError(file, `records lack the field(s) ${missing.map((m) => `"${m}"`).join(", ")}`);
  return data as Record<string, unknown>[];
}

export const codeDepartementDe = (value: unknown): string | null => {
  const text = String(value ?? "").trim();
  if (/^\d$/.test(text)) return `0${text}`;
  return /^(\d{2}|2[AB]|9[78]\d)$/.test(text) ? text : null;
};
