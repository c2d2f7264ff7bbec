import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmbeddedDb, type EmbeddedDb } from "@prisme/embedded-db";

declare global {
  var __PRISME_TEST_DB__: EmbeddedDb | undefined;
}

/**
 * Starts one FerretDB for the whole jest run, on a free loopback port with a throw-away data
 * folder, unless MONGODB_URI already names a server. Workers read the URI from the environment.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.MONGODB_URI) return;
  const db = await startEmbeddedDb({
    port: 0,
    dataDir: mkdtempSync(join(tmpdir(), "prisme-test-db-")),
    progress: (message) => console.log(message),
  });
  globalThis.__PRISME_TEST_DB__ = db;
  process.env.MONGODB_URI = db.uri;
}
