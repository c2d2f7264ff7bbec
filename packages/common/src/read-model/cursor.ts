import { badUserInput } from "../errors";

/** The sort key of a record in a list: what a keyset cursor remembers (values, then the record's key). */
export type CursorKey = (string | number)[];

export interface Cursor {
  /** The order of the list the cursor was taken from. */
  order: string;
  sort: CursorKey;
}

/**
 * A cursor holds the sort key of the last record seen, not its position: the next page starts
 * after that key, so records added or removed between two requests do not shift the pages.
 */
export const encodeCursor = (cursor: Cursor): string => Buffer.from(JSON.stringify([cursor.order, ...cursor.sort]), "utf8").toString("base64url");

/** Reads a cursor given back by a client; a made-up or damaged one is a BAD_USER_INPUT. */
export function decodeCursor(text: string): Cursor {
  try {
    const parsed = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as unknown;
    if (Array.isArray(parsed) && parsed.length >= 2 && typeof parsed[0] === "string" && parsed.slice(1).every((v) => typeof v === "string" || typeof v === "number")) {
      return { order: parsed[0], sort: parsed.slice(1) as CursorKey };
    }
  } catch {
    // reported below
  }
  throw badUserInput(`"after" is not a cursor returned by this API: "${text.slice(0, 80)}".`, "after");
}
