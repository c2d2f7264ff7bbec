/**
 * The shapes the embedded database (FerretDB 1.24, SQLite backend) forces on reads and writes, in one
 * place. A real MongoDB accepts far more; these sizes cost it nothing, so the same code runs on both.
 */

/**
 * Ids per `{ _id: { $in: [...] } }` query. FerretDB answers such a query through its _id index only
 * up to this many string ids (our build patch, packages/embedded-db/src/patches.ts); above it, or with
 * any other filter, it reads and decodes the whole collection (~0.3 ms a document).
 */
export const ID_BATCH = 500;

/**
 * Modifying statements (update, replace, delete) per write command. FerretDB 1.24 stops answering
 * when one command carries 100 or more of them, and a bulk write of more than ~50 matching updates
 * deadlocks its PostgreSQL backend: 50 stays clear of both.
 */
export const WRITE_BATCH = 50;

/** Documents per insert command (inserts are not affected by the limit above). */
export const INSERT_BATCH = 500;

/** Splits a list into chunks of at most `size` items. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
