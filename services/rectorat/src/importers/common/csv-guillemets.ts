import { createReadStream } from "node:fs";
import { parse } from "csv-parse";
import { fileProgress, ImportFormatError, noProgress, type CsvRow, type ProgressSink } from "@prisme/common";

/**
 * Like the common readCsv (by header name, streaming, progress, required columns), for files
 * whose free-text cells hold bare quotes (BCN, Certif Info): the BCN writes `… "CPES" …` unquoted
 * in N_COMMENTAIRE, which a strict parser refuses.
 */
export async function* readCsvGuillemets(path: string, options: { required: string[]; progress?: ProgressSink; label: string }): AsyncGenerator<CsvRow> {
  const stream = createReadStream(path);
  const progress = fileProgress(path, stream, options.progress ?? noProgress, options.label);
  const parser = stream.pipe(parse({ delimiter: ";", bom: true, relax_quotes: true, relax_column_count: true, skip_empty_lines: true, trim: true, info: true }));
  let header: string[] | undefined;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!header) {
        header = record;
        const missing = options.required.filter((name) => !header!.includes(name));
        if (missing.length) throw new ImportFormatError(path, `missing column(s) ${missing.map((m) => `"${m}"`).join(", ")}; found ${header.slice(0, 8).map((h) => `"${h}"`).join(", ")}`);
        continue;
      }
      const values: Record<string, string> = {};
      header.forEach((name, index) => (values[name] = record[index] ?? ""));
      progress.record();
      yield { line: info.lines, values };
    }
  } catch (error) {
    if (error instanceof ImportFormatError) throw error;
    throw new ImportFormatError(path, `not a readable CSV file (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    stream.destroy();
  }
  if (!header) throw new ImportFormatError(path, "the file is empty");
  progress.done();
}
