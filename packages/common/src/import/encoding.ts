import { ImportFormatError } from "./report";

/** What `npm run import -- --encoding <name>` accepts: the encoding a user knows a file to be in. */
export const ENCODING_OPTIONS = ["utf8", "latin1", "windows-1252"] as const;
export type EncodingOption = (typeof ENCODING_OPTIONS)[number];

/** The encodings Prisme decodes, by the name iconv-lite and TextDecoder know them. */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" | "iso-8859-15";

export interface EncodingChoice {
  name: TextEncodingName;
  /** What decided it: a byte order mark, the user's --encoding, the XML declaration, or the default (strict UTF-8). */
  source: "bom" | "option" | "declaration" | "default";
  /** Bytes of byte order mark to skip. */
  bomLength: number;
}

export interface EncodingOptions {
  /** The user's --encoding, if given. */
  encoding?: EncodingOption;
  /** The file is XML: its declaration (<?xml … encoding="…"?>) may name its encoding. */
  xml?: boolean;
}

// Latin-1 is read as Windows-1252, as the WHATWG Encoding Standard (and every browser) does: the
// two agree on every printable Latin-1 character, and files labelled Latin-1 by French
// administrations often carry Windows' €, œ and ’ in the 0x80–0x9F range that Latin-1 leaves to
// control characters.
const LABELS: Record<string, TextEncodingName> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  "us-ascii": "utf-8",
  ascii: "utf-8",
  latin1: "windows-1252",
  "latin-1": "windows-1252",
  l1: "windows-1252",
  "iso-8859-1": "windows-1252",
  "iso8859-1": "windows-1252",
  "iso_8859-1": "windows-1252",
  "windows-1252": "windows-1252",
  cp1252: "windows-1252",
  "iso-8859-15": "iso-8859-15",
  latin9: "iso-8859-15",
  "latin-9": "iso-8859-15",
  "utf-16": "utf-16le",
};

const BOMS: [number[], TextEncodingName][] = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xff, 0xfe], "utf-16le"],
  [[0xfe, 0xff], "utf-16be"],
];

/** The encoding an XML declaration names, if the head of the file has one. */
export function xmlDeclaredEncoding(head: Uint8Array): string | null {
  const text = Buffer.from(head.subarray(0, 512)).toString("latin1");
  const match = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(text);
  return match ? match[1] : null;
}

/**
 * Decides how to read a file from its first bytes: a byte order mark wins; then the user's
 * --encoding; then, for XML, the encoding its declaration names; else strict UTF-8. A file is
 * never read as Latin-1 or Windows-1252 unless the user or the file itself says so.
 */
export function chooseEncoding(file: string, head: Uint8Array, options: EncodingOptions = {}): EncodingChoice {
  const bom = BOMS.find(([bytes]) => bytes.every((byte, i) => head[i] === byte));
  if (bom) {
    const [bytes, name] = bom;
    if (options.encoding && LABELS[options.encoding] !== name) {
      throw new ImportFormatError(file, `the file starts with a ${name.toUpperCase()} byte order mark, yet --encoding ${options.encoding} was given: drop --encoding (the mark says how to read the file)`);
    }
    return { name, source: "bom", bomLength: bytes.length };
  }
  if (options.encoding) return { name: LABELS[options.encoding], source: "option", bomLength: 0 };
  const declared = options.xml ? xmlDeclaredEncoding(head) : null;
  if (declared) {
    const name = LABELS[declared.toLowerCase()];
    if (!name) {
      throw new ImportFormatError(file, `its XML declaration names the encoding "${declared.slice(0, 40)}", which Prisme does not read; convert the file to UTF-8 (e.g. iconv -f ${declared.slice(0, 40)} -t UTF-8)`);
    }
    if (name === "utf-16le") throw new ImportFormatError(file, "its XML declaration says UTF-16 but the file has no byte order mark; convert it to UTF-8");
    return { name, source: "declaration", bomLength: 0 };
  }
  return { name: "utf-8", source: "default", bomLength: 0 };
}

/** Whether a user's --encoding value is one Prisme accepts (for the CLI's own message). */
export const isEncodingOption = (value: string): value is EncodingOption => (ENCODING_OPTIONS as readonly string[]).includes(value);
