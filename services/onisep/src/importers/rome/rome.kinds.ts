import { excerpt, ImportFormatError, readHeadText, type EncodingOption } from "@prisme/common";
import { APPELLATIONS_ROME } from "../../rome/appellation.model";
import { DOMAINES_PROFESSIONNELS, ROMES } from "../../rome/rome.model";
import { APPELLATIONS_COLUMNS, DOMAINES_COLUMNS, FICHES_COLUMNS, parseAppellation, parseDomaineProfessionnel, parseFiche, type Parsed } from "./rome.parser";

/** One of the ROME 4.0 files: its columns, separator, parser and collection. */
export interface RomeFileKind {
  label: string;
  columns: string[];
  delimiter: string;
  parse: (fields: Record<string, string>) => Parsed;
  /** The natural key of a parsed record. */
  key: (record: Record<string, unknown>) => string;
  collection: string;
}

// Appellations first: they have a code_rome column too, like the fiches.
const KINDS: RomeFileKind[] = [
  { label: "rome appellations", columns: APPELLATIONS_COLUMNS, delimiter: ";", parse: parseAppellation, key: (r) => r.codeOgr as string, collection: APPELLATIONS_ROME },
  { label: "rome fiches", columns: FICHES_COLUMNS, delimiter: ",", parse: parseFiche, key: (r) => r.code as string, collection: ROMES },
  { label: "rome domaines", columns: DOMAINES_COLUMNS, delimiter: ";", parse: parseDomaineProfessionnel, key: (r) => r.code as string, collection: DOMAINES_PROFESSIONNELS },
];

async function firstLine(path: string, encoding?: EncodingOption): Promise<string> {
  return (await readHeadText(path, { encoding }, 4096)).split(/\r?\n/)[0] ?? "";
}

const headerNames = (line: string, delimiter: string) => line.split(delimiter).map((name) => name.trim().replace(/^"(.*)"$/, "$1"));

/** Which ROME 4.0 file this is, recognised by the columns of its header line (each file has its own separator). */
export async function romeFileKind(path: string, encoding?: EncodingOption): Promise<RomeFileKind> {
  const header = await firstLine(path, encoding);
  const kind = KINDS.find((k) => k.columns.every((column) => headerNames(header, k.delimiter).includes(column)));
  if (kind) return kind;
  const expected = KINDS.map((k) => `${k.label.replace("rome ", "")} (${k.columns.join(k.delimiter)})`).join("; ");
  throw new ImportFormatError(path, `not a ROME 4.0 file: its header line "${excerpt(header, 120)}" has the columns of none of ${expected}`);
}
