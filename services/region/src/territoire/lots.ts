import type { Provenance } from "@prisme/common";

/**
 * Records stored in lots: one document per lot (the communes of a département), its records as
 * positional lines. FerretDB decodes every value of every document it reads (~0.3 ms a document),
 * so the 35,000 communes of France read as a hundred documents (each stored as one JSON text by the
 * common RecordWriter) in a fraction of a second, where 35,000 documents took 7 to 20 s: what makes
 * the région subgraph's start short at national scale. No request reads a lot: the read model
 * holds them, and follows their changes by _id.
 */
export interface LotDoc {
  /** The lot's natural key (a département's INSEE code, or source:département for centres). */
  _id: string;
  /** The lot's records, one positional line each, sorted by key (see LotCodec). */
  lignes: unknown[][];
  /** How many records the lot holds (for people reading the database; the read model counts itself). */
  nombre: number;
  provenance: Provenance;
}

/** How one kind of record is written in a lot and read back. */
export interface LotCodec<T> {
  /** The record's key within the lot (an INSEE code). */
  cle(record: T): string;
  /** The record as one line (positional: a third of the size of named fields). */
  ligne(record: T): unknown[];
  /** The record of a line of a stored lot. */
  lire(ligne: unknown[]): T;
}

/** The lines of a lot, sorted by key: the same records always give the same text (and fingerprint). */
export function encoderLot<T>(codec: LotCodec<T>, records: Iterable<T>): Omit<LotDoc, "_id" | "provenance"> {
  const sorted = [...records].sort((a, b) => (codec.cle(a) < codec.cle(b) ? -1 : codec.cle(a) > codec.cle(b) ? 1 : 0));
  return { lignes: sorted.map((record) => codec.ligne(record)), nombre: sorted.length };
}

/** The records of a stored lot. */
export function decoderLot<T>(codec: LotCodec<T>, doc: Pick<LotDoc, "_id" | "lignes">): T[] {
  if (!Array.isArray(doc.lignes)) throw new Error(`lot ${doc._id}: "lignes" is not an array`);
  return doc.lignes.map((ligne) => codec.lire(ligne));
}
