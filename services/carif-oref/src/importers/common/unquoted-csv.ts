import { createReadStream } from "node:fs";
import { parse } from "csv-parse";
import { fileProgress, ImportFormatError, noProgress, type CsvRow, type ProgressSink } from "@prisme/common";

/**
 * Streams a `;` file that never quotes its fields but may hold literal quotes (Certif Info:
 * `Test Bright Anglais "level A"`), by header name. The common readCsv honours quotes and would
 * refuse such a file; this one reads quotes as text. Refuses the file when a required column is missing.
 */
export async function* readUnquotedCsv(path: string, required: string[], progress: ProgressSink = noProgress, label = "csv"): AsyncGenerator<CsvRow> {
  const stream = createReadStream(path);
  const tracker = fileProgress(path, stream, progress, label);
  const parser = stream.pipe(parse({ delimiter: ";", bom: true, quote: false, relax_column_count: true, skip_empty_lines: true, trim: true, info: true }));
  let header: string[] | undefined;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!header) {
        header = record;
        const missing = required.filter((name) => !header!.includes(name));
        if (missing.length) throw new ImportFormatError(path, `missing column(s) ${missing.map((m) => `"${m}"`).join(", ")}; found ${header.slice(0, 8).map((h) => `"${h}"`).join(", ")}${header.length > 8 ? ", …" : ""}`);
        continue;
      }
      const values: Record<string, string> = {};
      header.forEach((name, i) => (values[name] = record[i] ?? ""));
      tracker.record();
      yield { line: info.lines, values };
    }
  } catch (error) {
    if (error instanceof ImportFormatError) throw error;
    throw new ImportFormatError(path, `not a readable CSV file (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    stream.destroy();
  }
  if (!header) throw new ImportFormatError(path, "the file is empty");
  tracker.done();
}
