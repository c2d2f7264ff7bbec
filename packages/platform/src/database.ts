import { join } from "node:path";
import { port, readConfig } from "@prisme/common";
import { dataDir, portAnswers, startEmbeddedDb } from "@prisme/embedded-db";

/**
 * Runs a command against the configured MongoDB, or else against the embedded database: the one
 * `npm start` runs if it is up, or one started for the command and stopped after it.
 */
export async function withDatabase<T>(configuredUri: string | undefined, run: (uri: string) => Promise<T>): Promise<T> {
  if (configuredUri) return run(configuredUri);
  const { PRISME_DB_PORT } = readConfig({ PRISME_DB_PORT: port(27027) });
  if (await portAnswers(PRISME_DB_PORT)) return run(`mongodb://127.0.0.1:${PRISME_DB_PORT}/`);
  const db = await startEmbeddedDb({ port: PRISME_DB_PORT, dataDir: join(dataDir(), "ferretdb"), progress: (m) => console.error(m) });
  try {
    return await run(db.uri);
  } finally {
    await db.stop();
  }
}
