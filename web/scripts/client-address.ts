import type { IncomingMessage } from "node:http";

/** The request header the site's server sets to the visitor's address (whatever the visitor sent under that name). */
export const CLIENT_ADDRESS_HEADER = "x-prisme-client-address";

/** The visitor's address: the socket's, or the first X-Forwarded-For entry behind a trusted reverse proxy. */
export function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers["x-forwarded-for"];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
    if (first) return first;
  }
  return request.socket.remoteAddress?.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1") ?? "unknown";
}
