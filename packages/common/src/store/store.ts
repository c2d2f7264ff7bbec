import type { Connection, mongo } from "mongoose";
import { ChangeLog } from "./change-log";

/** What a subgraph's code writes and reads through: its database and its change log. */
export interface Store {
  db: mongo.Db;
  changes: ChangeLog;
}

/** The store of a connection (its database must be selected). */
export function storeOf(connection: Connection): Store {
  const db = connection.db;
  if (!db) throw new Error("database: the connection has no database selected");
  return { db, changes: ChangeLog.of(db) };
}
