import pino, { type Logger } from "pino";

/** JSON logs on stdout, one object a line, with the level as a word ("info") for log shippers. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: "gateway" },
    formatters: { level: (label) => ({ level: label }) },
    // Never log a user's credentials, even by mistake in a child logger's bindings.
    redact: ["authorization", "headers.authorization", "req.headers.authorization"],
  });
}

export type { Logger };
