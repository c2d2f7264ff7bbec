import mongoose, { type Connection } from "mongoose";
import { IMPORT_RUNS } from "./import/import-log";
import { CHANGES_COLLECTION } from "./store/change-log";

/**
 * Opens a connection of its own for one subgraph (never mongoose's global one: several
 * subgraphs may share a process in tests). Command monitoring is on so tests and metrics
 * can count the queries a request makes.
 */
export async function connectDatabase(uri: string, dbName: string): Promise<Connection> {
  try {
    const connection = mongoose.createConnection(uri, {
      dbName,
      monitorCommands: true,
      serverSelectionTimeoutMS: 10_000,
      autoIndex: true,
    });
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
