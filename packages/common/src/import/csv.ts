import { createReadStream } from "node:fs";
import { parse, type Options } from "csv-parse";
import { fileProgress, noProgress, type ProgressSink } from "./progress";
import { excerpt } from "./excerpt";
import { ImportFormatError } from "./report";

export interface CsvRow {
  /** Line number in the file (the header is line 1). */
  line: number;
  /** Values by header name, trimmed. */
  values: Record<string, string>;
}

export interface CsvOptions {
  delimiter?: string;
  /** "utf8" (a BOM is skipped) or "latin1" (ISO-8859-1 exports such as ACCÉ). */
  encoding?: "utf8" | "latin1";
  /** Header names the file must have; a file without one of them is refused as a whole. */
  required: string[];
  /**
   * The names of the columns of a file that has no header line (Formacode): every line is a record,
   * the first is line 1. A line with fewer fields gets empty values for the missing ones.
   */
  columns?: string[];
  progress?: ProgressSink;
  label?: string;
  /**
   * "strict" (default): fields may be quoted, a stray quote is an error; "relaxed": a bare quote
   * inside an unquoted field is text (the BCN's N_COMMENTAIRE); "none": the file never quotes,
   * every quote is text (Certif Info's `Anglais "level A"`).
   */
  quotes?: "strict" | "relaxed" | "none";
}

/**
 * Reads a delimited file by header name (columns change between vintages: unknown ones are
 * kept but ignored by mappers), streaming, with progress. Refuses the file as a whole when a
 * required column is missing or the file does not parse as CSV.
 */
export async function* readCsv(path: string, options: CsvOptions): AsyncGenerator<CsvRow> {
  const stream = createReadStream(path);
  const progress = fileProgress(path, stream, options.progress ?? noProgress, options.label ?? "csv");
  const parserOptions: Options = {
    delimiter: options.delimiter ?? ";",
    bom: true,
    encoding: options.encoding ?? "utf8",
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
    info: true,
    ...(options.quotes === "none" ? { quote: false } : options.quotes === "relaxed" ? { relax_quotes: true } : {}),
  };
  const parser = stream.pipe(parse(parserOptions));
  let header: string[] | undefined = options.columns;
  let lines = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      lines += 1;
      if (!header) {
        header = record.map((name) => name.trim());
        const missing = options.required.filter((name) => !header!.includes(name));
        if (missing.length) {
          // A file of another format may have one huge "column" (a whole XML document on one line): only excerpts are quoted.
          const found = header.slice(0, 12).map((h) => `"${excerpt(h, 40)}"`).join(", ");
          throw new ImportFormatError(path, `missing column(s) ${missing.map((m) => `"${m}"`).join(", ")}; found ${found}${header.length > 12 ? ", …" : ""}`);
        }
        continue;
      }
      const values: Record<string, string> = {};
      header.forEach((name, index) => (values[name] = record[index] ?? ""));
      progress.record();
      yield { line: info.lines, values };
    }
  } catch (error) {
    if (error instanceof ImportFormatError) throw error;
    throw new ImportFormatError(path, `not a readable CSV file (${excerpt(error instanceof Error ? error.message : String(error))})`);
  } finally {
    stream.destroy();
  }
  if (lines === 0) throw new ImportFormatError(path, "the file is empty");
  progress.done();
}
