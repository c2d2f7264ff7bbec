import { open, stat } from "node:fs/promises";
import { ImportFormatError, readCsv, readDecoded, type EncodingOption, type ProgressSink, type RejectionSink } from "@prisme/common";
import { fieldKey } from "../common/text";

/** One record of a source file, its fields under snake_case keys (see fieldKey), and where it was. */
export interface SourceRecord {
  where: string;
  fields: Record<string, string>;
}

/** Whether a file holds JSON (the Onisep API form) rather than the CSV/XML export: its first visible character. */
export async function isJsonFile(path: string): Promise<boolean> {
  const handle = await open(path, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(64), 0, 64, 0);
    const head = buffer.subarray(0, bytesRead).toString("utf8").replace(/^\uFEFF/, "").trimStart();
    return head.startsWith("[") || head.startsWith("{");
  } finally {
    await handle.close();
  }
}

/**
 * Exports end with a line break (or the closing tag); a file cut short by a failed download
 * ends in the middle of a record, which would otherwise be imported as a wrong, shorter record.
 */
export async function assertNotTruncated(path: string, expectedEnd: RegExp): Promise<void> {
  const { size } = await stat(path);
  const handle = await open(path, "r");
  try {
    const length = Math.min(size, 256);
    const { buffer } = await handle.read(Buffer.alloc(length), 0, length, size - length);
    if (!expectedEnd.test(buffer.toString("utf8"))) throw new ImportFormatError(path, "the file ends in the middle of a record (truncated download?)");
  } finally {
    await handle.close();
  }
}

export interface CsvRecordsOptions {
  progress: ProgressSink;
  label: string;
  delimiter?: string;
  /** Lines that are no record of the file (a wrong number of fields) are read and rejected there. */
  rejects: RejectionSink;
  encoding?: EncodingOption;
}

/** Reads a whole `;` CSV export (by header name) into memory, so that a bad file is refused before anything is written. */
export async function readCsvRecords(path: string, required: string[], options: CsvRecordsOptions): Promise<SourceRecord[]> {
  const records: SourceRecord[] = [];
  for await (const row of readCsv(path, { required, ...options })) {
    const fields: Record<string, string> = {};
    for (const [name, value] of Object.entries(row.values)) fields[fieldKey(name)] = value;
    records.push({ where: `line ${row.line}`, fields });
  }
  await assertNotTruncated(path, /\n\s*$/);
  return records;
}

function asText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(asText).filter(Boolean).join("| ");
  return typeof value === "object" ? JSON.stringify(value) : String(value).trim();
}

/**
 * Reads an Onisep API JSON answer: an array of records or an object with a `results` array
 * (the API's paged form). Keys are lower-case already; they go through fieldKey like CSV headers.
 */
export async function readJsonRecords(path: string, required: string[][], label: string, encoding?: EncodingOption): Promise<SourceRecord[]> {
  const text = await readDecoded(path, { encoding });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ImportFormatError(path, `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { results?: unknown })?.results;
  if (!Array.isArray(list)) throw new ImportFormatError(path, `expected a JSON array of ${label} records or an object with a "results" array`);
  const records = list.map((item, index) => {
    const fields: Record<string, string> = {};
    if (item && typeof item === "object") for (const [name, value] of Object.entries(item as object)) fields[fieldKey(name)] = asText(value);
    return { where: `record ${index + 1}`, fields };
  });
  const first = records[0]?.fields;
  if (!first) throw new ImportFormatError(path, `no ${label} record in the file`);
  const missing = required.filter((alternatives) => !alternatives.some((name) => name in first));
  if (missing.length) throw new ImportFormatError(path, `not an Onisep ${label} export: missing field(s) ${missing.map((m) => m.join(" or ")).join(", ")}`);
  return records;
}

/** The first non-empty field among aliases (the CSV header's key, then the API's own name). */
export function pick(fields: Record<string, string>, ...names: string[]): string {
  for (const name of names) if (fields[name]?.trim()) return fields[name].trim();
  return "";
}
