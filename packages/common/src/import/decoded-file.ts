import { createReadStream, type ReadStream } from "node:fs";
import { TextDecoder } from "node:util";
import { open } from "node:fs/promises";
import iconv from "iconv-lite";
import { chooseEncoding, type EncodingChoice, type EncodingOptions } from "./encoding";
import { ImportFormatError } from "./report";
import { findUtf8Break } from "./utf8-scan";

/** A file being read as text: its raw byte stream (for progress) and its decoded text, chunk by chunk. */
export interface DecodedFile {
  bytes: ReadStream;
  encoding: EncodingChoice;
  /** Throws ImportFormatError at the first byte the encoding cannot read: nothing is guessed, no U+FFFD is made up. */
  text: AsyncIterable<string>;
}

const HEAD = 1024;

/** The first bytes of a file. */
export async function readHead(path: string, length = HEAD): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(length), 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Opens a file as text in the encoding chooseEncoding gives (byte order mark, --encoding, XML
 * declaration, else strict UTF-8). Decoding is strict: an invalid byte refuses the file, naming
 * its offset and line.
 */
export async function openDecoded(path: string, options: EncodingOptions & { highWaterMark?: number } = {}): Promise<DecodedFile> {
  const encoding = chooseEncoding(path, await readHead(path), options);
  const bytes = createReadStream(path, { start: encoding.bomLength, highWaterMark: options.highWaterMark });
  return { bytes, encoding, text: decode(path, bytes, encoding) };
}

/** A whole file as text, decoded as openDecoded does (JSON files, small side files). */
export async function readDecoded(path: string, options: EncodingOptions = {}): Promise<string> {
  const parts: string[] = [];
  for await (const text of (await openDecoded(path, options)).text) parts.push(text);
  return parts.join("");
}

/**
 * The first bytes of a file as text, for telling its layout (header names, first character)
 * before reading it: decoded as the whole file will be, leniently (a character cut by the
 * end of the head is dropped), since the full read that follows is the strict one.
 */
export async function readHeadText(path: string, options: EncodingOptions = {}, length = 8192): Promise<string> {
  const head = await readHead(path, length);
  const encoding = chooseEncoding(path, head, options);
  return iconv.decode(head.subarray(encoding.bomLength), encoding.name, { stripBOM: false }).replace(/\uFFFD+$/, "");
}

async function* decode(path: string, bytes: ReadStream, encoding: EncodingChoice): AsyncGenerator<string> {
  const utf8 = encoding.name === "utf-8";
  const strict = utf8 ? new TextDecoder("utf-8", { fatal: true }) : encoding.name.startsWith("utf-16") ? new TextDecoder(encoding.name, { fatal: true }) : null;
  const singleByte = strict ? null : iconv.getDecoder(encoding.name, { stripBOM: false });
  // A file read as Windows-1252 because someone said so, that turns out to be valid UTF-8 with
  // accented letters, was mislabelled: reading it as asked would store "Ã©" for "é".
  let witness: TextDecoder | null = encoding.source === "bom" || utf8 ? null : new TextDecoder("utf-8", { fatal: true });
  let nonAscii = false;
  let offset = encoding.bomLength;
  let line = 1;
  let tail = "";
  try {
    for await (const chunk of bytes as AsyncIterable<Buffer>) {
      if (!encoding.name.startsWith("utf-16")) {
        const nul = chunk.indexOf(0);
        if (nul >= 0) throw new ImportFormatError(path, `byte ${offset + nul} is a NUL byte, which no text file holds: this is a binary file (or UTF-16 without a byte order mark), not a file of this source`);
      }
      let text: string;
      if (strict) {
        try {
          text = strict.decode(chunk, { stream: true });
        } catch {
          throw await invalidUtf8(path, encoding);
        }
      } else {
        text = singleByte!.write(chunk);
        const undefinedByte = text.indexOf("\uFFFD");
        if (undefinedByte >= 0) {
          const at = offset + undefinedByte;
          const before = excerpt(tail + text.slice(0, undefinedByte));
          throw new ImportFormatError(path, `byte 0x${hex(chunk[undefinedByte])} at offset ${at} (line ${line + newlines(text.slice(0, undefinedByte))}, after "${before}") is no character in ${encoding.name}; check the file's encoding`);
        }
        if (witness) {
          nonAscii ||= chunk.some((byte) => byte >= 0x80);
          try {
            witness.decode(chunk, { stream: true });
          } catch {
            witness = null;
          }
        }
      }
      offset += chunk.length;
      line += newlines(text);
      tail = text.slice(-40);
      if (text) yield text;
    }
    if (strict) {
      try {
        const rest = strict.decode();
        if (rest) yield rest;
      } catch {
        throw await invalidUtf8(path, encoding);
      }
    }
    if (witness && nonAscii) {
      try {
        witness.decode();
        const said = encoding.source === "option" ? "--encoding" : "its XML declaration";
        throw new ImportFormatError(path, `${said} says ${encoding.name}, but the file is valid UTF-8 with accented letters: reading it as ${encoding.name} would store "Ã©" for "é". ${encoding.source === "option" ? "Drop --encoding" : "Import it with --encoding utf8"}.`);
      } catch (error) {
        if (error instanceof ImportFormatError) throw error;
      }
    }
  } finally {
    bytes.destroy();
  }
}

async function invalidUtf8(path: string, encoding: EncodingChoice): Promise<ImportFormatError> {
  if (encoding.name !== "utf-8") return new ImportFormatError(path, `not valid ${encoding.name.toUpperCase()} text (its byte order mark says it is)`);
  const found = await findUtf8Break(path, encoding.bomLength);
  if (!found) return new ImportFormatError(path, "not valid UTF-8 text");
  return new ImportFormatError(
    path,
    `not valid UTF-8: byte 0x${hex(found.byte)} at offset ${found.offset} (line ${found.line}, after "${excerpt(found.before)}") is not part of a UTF-8 character. ` +
      "If the file is in Latin-1 or Windows-1252, import it again with --encoding latin1 (or windows-1252); otherwise convert it to UTF-8.",
  );
}

const hex = (byte: number) => byte.toString(16).toUpperCase().padStart(2, "0");
const newlines = (text: string) => text.split("\n").length - 1;
const excerpt = (text: string) => {
  // Control characters and quotes would garble the message that quotes this excerpt.
  const last = [...(text.split(/\r?\n/).pop() ?? "")].map((c) => (c < " " || c === '"' ? " " : c)).join("");
  return last.length > 30 ? `…${last.slice(-30)}` : last;
};
