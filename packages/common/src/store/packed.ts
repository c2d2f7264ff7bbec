/**
 * How a record is stored: its key and provenance as fields, the rest as one JSON text (`_json`).
 *
 * Why: FerretDB 1.x (SQLite) encodes and decodes every field of every document with a type schema,
 * and that cost grows with nesting. Measured on 5,000 LHEO offers of ~4 KB: 9.3 s to insert them
 * field by field, 1.3 s as one text; 20 of them read by _id in 65 ms, against 8 ms. No request
 * reads inside a record (the read-path rule: by _id only; lists come from the read models), so
 * nothing is lost, and a real MongoDB stores the same documents just as well.
 *
 * Dates inside the text are tagged ({"$date": ms}) and come back as Date objects. A document
 * stored field by field (by a version before this one) is read as it is, and rewritten packed by
 * the next write of it; fields set outside the text by a patch ($set of `retiree`…) win over it.
 */

/** The field holding the packed record. */
export const PACKED = "_json";

const tagDates = function (this: Record<string, unknown>, key: string, value: unknown) {
  const raw = this[key];
  return raw instanceof Date ? { $date: raw.getTime() } : value;
};
const untagDates = (_key: string, value: unknown) =>
  value !== null && typeof value === "object" && typeof (value as { $date?: unknown }).$date === "number" && Object.keys(value).length === 1 ? new Date((value as { $date: number }).$date) : value;

/** The stored form of a record (or of any document keyed by _id). */
export function pack(doc: Record<string, unknown>): Record<string, unknown> {
  const { _id, provenance, ...rest } = doc;
  const stored: Record<string, unknown> = { _id };
  if (provenance !== undefined) stored.provenance = provenance;
  stored[PACKED] = JSON.stringify(rest, tagDates);
  return stored;
}

/** About how much room a stored record takes: the length of its packed text (a record stored field by field counts 4 KB). */
export function storedBytes(stored: Record<string, unknown>): number {
  const text = stored[PACKED];
  return typeof text === "string" ? text.length + 64 : 4096;
}

/** A record as written, from its stored form (a document stored field by field is returned as it is). */
export function unpack<D>(stored: Record<string, unknown>): D {
  const text = stored[PACKED];
  if (typeof text !== "string") return stored as D;
  const record = (text.includes('"$date"') ? JSON.parse(text, untagDates) : JSON.parse(text)) as Record<string, unknown>;
  for (const [field, value] of Object.entries(stored)) if (field !== PACKED) record[field] = value;
  return record as D;
}
