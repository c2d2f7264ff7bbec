import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parse, type Options } from "csv-parse";
import { openDecoded } from "./decoded-file";
import type { EncodingOption } from "./encoding";
import { fileProgress, noProgress, type ProgressSink } from "./progress";
import { clip, ImportFormatError, type RejectionSink } from "./report";

export interface CsvRow {
  /** Line number in the file (the header is line 1). */
  line: number;
  /** Values by header name, trimmed. */
  values: Record<string, string>;
}

export interface CsvOptions {
  delimiter?: string;
  /** The user's --encoding; without it, a BOM or else strict UTF-8 (see openDecoded). */
  encoding?: EncodingOption;
  /** Header names the file must have; a file without one of them is refused as a whole. */
  required: string[];
  /**
   * Where lines that are no record of the file go (more or fewer fields than the header, a field
   * longer than `maxField`): each is counted as read and rejected, with its line and reason.
   * "skip" only for a checking pass whose next pass reads the file again with a report.
   */
  rejects: RejectionSink | "skip";
  progress?: ProgressSink;
  label?: string;
  /**
   * "strict" (default): fields may be quoted, a stray quote is an error; "relaxed": a bare quote
   * inside an unquoted field is text (the BCN's N_COMMENTAIRE); "none": the file never quotes,
   * every quote is text (Certif Info's `Anglais "level A"`).
   */
  quotes?: "strict" | "relaxed" | "none";
  /** Longest field a record may hold, in characters (default 100,000). */
  maxField?: number;
  /**
   * The names of the columns of a file that has no header line (Formacode): every line is a record,
   * the first is line 1, and a line may stop before the last columns (their values are then empty).
   */
  columns?: string[];
  /**
   * With `columns`: the fewest fields a record has (default: all the columns). A line with fewer is
   * no record (rejected), or the sign of a file cut short when it is the last one and no line break ends it.
   */
  minFields?: number;
}

const MAX_FIELD = 100_000;

/** One header name or value, short enough to quote in a message. */
const quoted = (text: string) => `"${clip(text, 40)}"`;

/**
 * Reads a delimited file by header name (columns change between vintages: unknown ones are
 * kept but ignored by mappers), streaming, with progress.
 *
 * A line with more or fewer fields than the header is rejected as that line (to `rejects`),
 * never read as a record with empty values. The file is refused as a whole (ImportFormatError)
 * when a required column is missing, a quote is never closed, a byte is not of its encoding, or
 * it was cut short: no final line break and a last line with too few fields. Importers read the
 * whole file before their first write, so a refused file changes nothing.
 */
export async function* readCsv(path: string, options: CsvOptions): AsyncGenerator<CsvRow> {
  const decoded = await openDecoded(path, { encoding: options.encoding });
  const progress = fileProgress(path, decoded.bytes, options.progress ?? noProgress, options.label ?? "csv");
  let lastChar = "";
  const text = async function* () {
    for await (const chunk of decoded.text) {
      lastChar = chunk.charAt(chunk.length - 1);
      yield chunk;
    }
  };
  const parserOptions: Options = {
    delimiter: options.delimiter ?? ";",
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
    info: true,
    ...(options.quotes === "none" ? { quote: false } : options.quotes === "relaxed" ? { relax_quotes: true } : {}),
  };
  const parser = parse(parserOptions);
  const feeding = pipeline(Readable.from(text()), parser).catch(() => undefined);
  const maxField = options.maxField ?? MAX_FIELD;
  const reject = (line: number, reason: string) => {
    if (options.rejects === "skip") return;
    options.rejects.read += 1;
    options.rejects.reject(`line ${line}`, reason);
  };
  let header: string[] | undefined = options.columns;
  let lines = 0;
  const expected = () => (options.columns ? `a record has at least ${options.minFields ?? options.columns.length}` : `the header has ${header?.length}`);
  // A short line is rejected once another follows it; the last one may be a file cut short.
  let short: { line: number; fields: number } | undefined;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      lines += 1;
      if (!header) {
        header = record.map((name) => name.trim());
        const missing = options.required.filter((name) => !header!.includes(name));
        if (missing.length) {
          const found = header.slice(0, 12).map(quoted).join(", ");
          throw new ImportFormatError(path, `missing column(s) ${missing.map(quoted).join(", ")}; found ${found}${header.length > 12 ? ", …" : ""}${header.length === 1 ? ` (one column only: is the delimiter "${options.delimiter ?? ";"}"?)` : ""}`);
        }
        continue;
      }
      if (short) reject(short.line, `${short.fields} field(s) where ${expected()}: not a record of this file`);
      short = undefined;
      progress.record();
      if (record.length < (options.columns ? (options.minFields ?? header.length) : header.length)) {
        short = { line: info.lines, fields: record.length };
        continue;
      }
      if (record.length > header.length) {
        reject(info.lines, `${record.length} fields where the header has ${header.length} (a delimiter inside an unquoted value?)`);
        continue;
      }
      const long = record.findIndex((value) => value.length > maxField);
      if (long >= 0) {
        reject(info.lines, `field ${quoted(header[long])} is ${record[long].length} characters long; no field of this file exceeds ${maxField}`);
        continue;
      }
      const values: Record<string, string> = {};
      header.forEach((name, index) => (values[name] = record[index] ?? ""));
      yield { line: info.lines, values };
    }
  } catch (error) {
    if (error instanceof ImportFormatError) throw error;
    throw new ImportFormatError(path, `not a readable CSV file (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    parser.destroy();
    decoded.bytes.destroy();
    await feeding;
  }
  if (!header || lines === 0) throw new ImportFormatError(path, "the file is empty");
  if (short) {
    if (lastChar !== "\n" && lastChar !== "\r") {
      throw new ImportFormatError(path, `the file was cut short (a truncated download or copy?): its last line (${short.line}) has ${short.fields} field(s) where ${expected()}, and no line break ends it`);
    }
    reject(short.line, `${short.fields} field(s) where ${expected()}: not a record of this file`);
  }
  progress.done();
}
