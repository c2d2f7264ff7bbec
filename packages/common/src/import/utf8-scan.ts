import { createReadStream } from "node:fs";

/** What is wrong with a run of bytes read as UTF-8: the first ill-formed sequence, or a character cut by the end. */
export type Utf8Problem = { invalidAt: number } | { incompleteAt: number } | null;

const continuation = (byte: number | undefined, low = 0x80, high = 0xbf) => byte !== undefined && byte >= low && byte <= high;

/**
 * Checks bytes that start at a character boundary against the well-formed UTF-8 sequences
 * (Unicode, table 3-7). TextDecoder's fatal mode says *whether* a file is UTF-8; this says
 * *where* it stops being so, for an error message a person can act on.
 */
export function utf8Problem(bytes: Uint8Array): Utf8Problem {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    // [length, allowed range of the second byte] for each valid lead byte.
    const shape: [number, number, number] | null =
      lead >= 0xc2 && lead <= 0xdf ? [2, 0x80, 0xbf]
      : lead === 0xe0 ? [3, 0xa0, 0xbf]
      : lead === 0xed ? [3, 0x80, 0x9f]
      : lead >= 0xe1 && lead <= 0xef ? [3, 0x80, 0xbf]
      : lead === 0xf0 ? [4, 0x90, 0xbf]
      : lead >= 0xf1 && lead <= 0xf3 ? [4, 0x80, 0xbf]
      : lead === 0xf4 ? [4, 0x80, 0x8f]
      : null;
    if (!shape) return { invalidAt: i };
    const [length, low, high] = shape;
    for (let k = 1; k < length; k += 1) {
      if (i + k >= bytes.length) return { incompleteAt: i };
      if (!continuation(bytes[i + k], k === 1 ? low : 0x80, k === 1 ? high : 0xbf)) return { invalidAt: i };
    }
    i += length;
  }
  return null;
}

/** Where a file first breaks UTF-8: byte offset (after `start`), 1-based line, the byte, and the text just before it. */
export interface Utf8Break {
  offset: number;
  line: number;
  byte: number;
  before: string;
}

/**
 * Reads a file again from `start` to find its first ill-formed UTF-8 sequence (only on the error
 * path, after TextDecoder refused it). A character cut by the end of the file is reported too.
 */
export async function findUtf8Break(path: string, start: number): Promise<Utf8Break | null> {
  let carry = Buffer.alloc(0);
  let base = start;
  let lines = 1;
  let tail = Buffer.alloc(0);
  for await (const chunk of createReadStream(path, { start }) as AsyncIterable<Buffer>) {
    const bytes = Buffer.concat([carry, chunk]);
    const problem = utf8Problem(bytes);
    const invalidAt = problem && "invalidAt" in problem ? problem.invalidAt : -1;
    const scanned = invalidAt >= 0 ? invalidAt : problem && "incompleteAt" in problem ? problem.incompleteAt : bytes.length;
    const before = Buffer.concat([tail, bytes.subarray(0, scanned)]);
    if (invalidAt >= 0) return { offset: base + invalidAt, line: lines + count(bytes.subarray(0, invalidAt), 0x0a), byte: bytes[invalidAt], before: lastChars(before) };
    lines += count(bytes.subarray(0, scanned), 0x0a);
    tail = before.subarray(Math.max(0, before.length - 120));
    carry = bytes.subarray(scanned);
    base += scanned;
  }
  return carry.length ? { offset: base, line: lines, byte: carry[0], before: lastChars(tail) } : null;
}

function count(bytes: Uint8Array, value: number): number {
  let n = 0;
  for (const byte of bytes) if (byte === value) n += 1;
  return n;
}

/** The last few characters of valid UTF-8 bytes, on one line, for a message. */
function lastChars(bytes: Buffer): string {
  const text = bytes.toString("utf8").split(/\r?\n/).pop() ?? "";
  return text.length > 30 ? `…${text.slice(-30)}` : text;
}
