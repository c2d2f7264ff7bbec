import type { Connection } from "mongoose";

/** Whether a subgraph can answer in full now, and if not, why (each reason one short sentence). */
export interface Readiness {
  ready: boolean;
  reasons: string[];
}

const PING_TIMEOUT_MS = 1_000;

/**
 * Whether the database answers a ping within a second. Never waits for the driver's server
 * selection (seconds): a readiness probe must answer fast, most of all when the database is down.
 */
export async function databaseReadiness(connection: Connection, timeoutMs = PING_TIMEOUT_MS): Promise<Readiness> {
  const db = connection.db;
  if (connection.readyState !== 1 || !db) return { ready: false, reasons: [`database ${connection.name}: not connected (the driver reconnects by itself when it is back)`] };
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db.command({ ping: 1 }),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer to a ping within ${timeoutMs} ms`)), timeoutMs))),
    ]);
    return { ready: true, reasons: [] };
  } catch (error) {
    return { ready: false, reasons: [`database ${connection.name}: ${error instanceof Error ? error.message : String(error)}`] };
  } finally {
    clearTimeout(timer);
  }
}

/** All of several checks: ready when each is, with every reason given. */
export function combineReadiness(...checks: Readiness[]): Readiness {
  return { ready: checks.every((check) => check.ready), reasons: checks.flatMap((check) => check.reasons) };
}
