import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";

// The MongoDB driver's errors that mean "no database to talk to" (down, restarting, unreachable),
// as opposed to a bad query: by class name, so that any copy of the driver is recognised.
const UNAVAILABLE = new Set([
  "MongoServerSelectionError",
  "MongooseServerSelectionError",
  "MongoNetworkError",
  "MongoNetworkTimeoutError",
  "MongoTopologyClosedError",
  "MongoNotConnectedError",
  "MongoPoolClearedError",
]);

/** Why an error means the database is unavailable (the driver's own words), or null when it means something else. */
export function databaseUnavailable(error: unknown): string | null {
  // Duck-typed: the driver's errors may come from another copy of it, or another realm.
  let current = error as { name?: unknown; message?: unknown; cause?: unknown } | null | undefined;
  for (let depth = 0; current && typeof current === "object" && depth < 5; current = current.cause as typeof current, depth += 1) {
    const message = typeof current.message === "string" ? current.message : "";
    if ((typeof current.name === "string" && UNAVAILABLE.has(current.name)) || /buffering timed out/.test(message)) return message.split("\n")[0];
  }
  return null;
}

/**
 * Gives the errors that come from a database outage the code DATABASE_UNAVAILABLE and a message
 * a client can act on, instead of Apollo's generic INTERNAL_SERVER_ERROR; other errors pass as they are.
 */
export function formatDatabaseError(service: string) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const reason = databaseUnavailable(unwrapResolverError(error));
    if (!reason) return formatted;
    return {
      ...formatted,
      message: `The ${service} database is unavailable (${reason.slice(0, 200)}); the service reconnects by itself: retry in a few seconds.`,
      extensions: { ...formatted.extensions, code: "DATABASE_UNAVAILABLE", serviceName: service },
    };
  };
}
