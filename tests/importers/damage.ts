import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { sharedData } from "@prisme/testing";
import type { SampleSpec } from "./sources";

/** A damaged copy of a sample, or null when the damage does not apply to the format. */
export type Damage = (clean: Buffer, spec: SampleSpec) => Buffer | null;

const FIVE_MB = 5 * 1024 * 1024;
const text = (bytes: Buffer) => bytes.toString("utf8").replace(/^\uFEFF/, "");

/** The offset of the start of the line that holds the byte at `fraction` of the file. */
function lineStartNear(bytes: Buffer, fraction: number): number {
  const at = Math.floor(bytes.length * fraction);
  return bytes.lastIndexOf(0x0a, at) + 1;
}

/** Cut in the middle of a record, as an interrupted download leaves a file. */
export const truncated: Damage = (clean, spec) => {
  if (spec.format !== "csv") return clean.subarray(0, Math.floor(clean.length * 0.6));
  // Right after the first delimiter of a line past the middle: that last line is short.
  const start = lineStartNear(clean, 0.6);
  const delimiter = clean.indexOf(spec.delimiter ?? ";", start);
  return clean.subarray(0, delimiter + 1);
};

export const empty: Damage = () => Buffer.alloc(0);

/** The same content in Windows-1252 (a superset of Latin-1), without a byte order mark; null when some character has no byte there. */
export function latin1Copy(clean: Buffer): Buffer | null {
  const content = text(clean);
  const encoded = iconv.encode(content, "windows-1252");
  return iconv.decode(encoded, "windows-1252") === content ? encoded : null;
}

export const latin1: Damage = (clean) => latin1Copy(clean) ?? iconv.encode(text(clean), "windows-1252");

/** A CSV exported with another delimiter (`,` for `;`, and the other way round). */
export const wrongDelimiter: Damage = (clean, spec) => {
  if (spec.format !== "csv") return null;
  const [from, to] = spec.delimiter === "," ? [",", ";"] : [";", ","];
  return Buffer.from(text(clean).split(from).join(to), "utf8");
};

/** A 5 MB line of junk, inserted between two records. */
export const hugeLine: Damage = (clean, spec) => {
  let at = lineStartNear(clean, 0.5);
  if (spec.format === "xml" && spec.recordStart) {
    // Between two records of an XML file (inside one, it would be a 5 MB field: another case).
    const content = clean.toString("latin1");
    const starts = new RegExp(spec.recordStart.source, "g");
    starts.lastIndex = Math.floor(content.length / 2);
    at = (starts.exec(content) ?? new RegExp(spec.recordStart.source).exec(content))?.index ?? at;
  }
  const newline = clean.includes("\r\n") ? "\r\n" : "\n";
  return Buffer.concat([clean.subarray(0, at), Buffer.from(`${"x".repeat(FIVE_MB)}${newline}`), clean.subarray(at)]);
};

/** A real file of another source and another format. */
export const anotherKind: Damage = (_clean, spec) =>
  readFileSync(spec.format === "xml" ? sharedData("rectorat", "fr-en-annuaire-education_extract_dep35.csv") : sharedData("onisep", "ideo-metiers_onisep.xml"));

/** Not text at all: a PNG signature and bytes that are no encoding's. */
export const binary: Damage = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 197 + 13) % 256))]);
