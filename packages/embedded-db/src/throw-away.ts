import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmbeddedDb } from "./server";

/**
 * Runs `work` against MONGODB_URI when set, else against an embedded FerretDB of its own (free port,
 * throw-away folder, removed after): a benchmark never writes into the data of `npm start`.
 */
export async function withThrowAwayDatabase<T>(work: (uri: string) => Promise<T>, label = "prisme"): Promise<T> {
  if (process.env.MONGODB_URI) return work(process.env.MONGODB_URI);
  const dataDir = mkdtempSync(join(tmpdir(), `${label}-db-`));
  const db = await startEmbeddedDb({ port: 0, dataDir, progress: (m) => console.error(m) });
  try {
    return await work(db.uri);
  } finally {
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
