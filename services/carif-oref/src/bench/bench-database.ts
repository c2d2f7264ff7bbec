import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmbeddedDb } from "@prisme/embedded-db";

/**
 * Runs a benchmark against MONGODB_URI when set, else against a FerretDB of its own (free port,
 * throw-away folder): a benchmark never writes into the data of `npm start`.
 */
export async function withBenchDatabase<T>(run: (uri: string) => Promise<T>): Promise<T> {
  if (process.env.MONGODB_URI) return run(process.env.MONGODB_URI);
  const dataDir = mkdtempSync(join(tmpdir(), "prisme-bench-db-"));
  const db = await startEmbeddedDb({ port: 0, dataDir, progress: (m) => console.error(m) });
  try {
    return await run(db.uri);
  } finally {
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
