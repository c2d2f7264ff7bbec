import mongoose, { type ConnectOptions, type Connection } from "mongoose";
import { z } from "zod";
import { readConfig } from "./config";
import { IMPORT_RUNS } from "./import/import-log";
import { CHANGES_COLLECTION } from "./store/change-log";

/**
 * How long a database operation waits for a server before it fails (DATABASE_UNAVAILABLE at the
 * subgraph). The driver's 30 s (mongoose's 10 s) would hold every request of an outage for that
 * long, past the gateway's own timeout; a few seconds cover a restart of the embedded database.
 */
const timeoutSetting = () =>
  readConfig({ MONGODB_SERVER_SELECTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(3_000) }).MONGODB_SERVER_SELECTION_TIMEOUT_MS;

/**
 * Opens a connection of its own for one subgraph (never mongoose's global one: several
 * subgraphs may share a process in tests). Command monitoring is on so tests and metrics
 * can count the queries a request makes. When the database goes away the driver reconnects by
 * itself (it probes the server every half second while it is unknown); operations meanwhile fail
 * after MONGODB_SERVER_SELECTION_TIMEOUT_MS instead of waiting.
 */
export async function connectDatabase(uri: string, dbName: string): Promise<Connection> {
  const timeoutMS = timeoutSetting();
  try {
    // Mongoose queues operations while disconnected; they fail as fast as the driver's would.
    // (bufferTimeoutMS is a connection option mongoose reads, missing from its ConnectOptions type.)
    const options: ConnectOptions & { bufferTimeoutMS: number } = { dbName, monitorCommands: true, serverSelectionTimeoutMS: timeoutMS, bufferTimeoutMS: timeoutMS, autoIndex: true };
    const connection = mongoose.createConnection(uri, options);
    await connection.asPromise();
    return connection;
  } catch (cause) {
    throw new Error(`database: unable to connect to ${redact(uri)} (database ${dbName}); is it running?`, { cause });
  }
}

/**
 * Counts the read commands (find, aggregate, count…) sent on a connection, for tests and metrics.
 * Reads of the change log (and of import_runs) are left out: they are the read model's background
 * checks, on a timer of their own, not the data access of a request.
 */
export function countQueries(connection: Connection): { readonly count: number; reset(): void; stop(): void } {
  const reads = new Set(["find", "aggregate", "count", "distinct", "getMore"]);
  let count = 0;
  const listener = (event: { commandName: string; command: Record<string, unknown> }) => {
    if (!reads.has(event.commandName)) return;
    const collection = event.commandName === "getMore" ? event.command.collection : event.command[event.commandName];
    if (collection !== IMPORT_RUNS && collection !== CHANGES_COLLECTION) count += 1;
  };
  const client = connection.getClient();
  client.on("commandStarted", listener);
  return {
    get count() {
      return count;
    },
    reset: () => (count = 0),
    stop: () => client.off("commandStarted", listener),
  };
}

function redact(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, "//***@");
}
