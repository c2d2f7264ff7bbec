import type { IncomingMessage, ServerResponse } from "node:http";

const ALLOWED_HEADERS = "content-type, authorization, x-request-id, apollo-require-preflight, x-apollo-operation-name";

/**
 * CORS for browsers on other origins: only the configured origins (or "*") get the
 * Access-Control headers; others are not refused here, their browser simply cannot read the
 * answer. Credentials are never allowed with "*". Returns true when it answered a preflight.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, origins: string[]): boolean {
  const origin = req.headers.origin;
  const any = origins.includes("*");
  const allowed = origin !== undefined && (any || origins.includes(origin));
  res.setHeader("vary", "origin");
  if (allowed) {
    res.setHeader("access-control-allow-origin", any ? "*" : origin);
    res.setHeader("access-control-expose-headers", "x-request-id, retry-after");
  }
  if (req.method !== "OPTIONS") return false;
  if (allowed) {
    res.setHeader("access-control-allow-methods", "GET, POST, OPTIONS");
    res.setHeader("access-control-allow-headers", ALLOWED_HEADERS);
    res.setHeader("access-control-max-age", "600");
  }
  res.writeHead(204).end();
  return true;
}
