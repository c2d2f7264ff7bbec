import type { IncomingMessage } from "node:http";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

export interface RateLimitSettings {
  RATE_LIMIT_POINTS: number;
  RATE_LIMIT_WINDOW_S: number;
  /** true: every peer's X-Forwarded-For; a list: only these proxies' (see config.ts). */
  TRUST_PROXY: boolean | string[];
}

/** "::ffff:127.0.0.1" (IPv4 on an IPv6 socket) → "127.0.0.1". */
const plainAddress = (address: string | undefined) => address?.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");

/**
 * The client a request counts against: its IP address, taken from X-Forwarded-For only when the
 * gateway is told it sits behind a proxy, or when the request comes from one of the trusted
 * proxies listed (otherwise anyone could pick their own key).
 */
export function clientKey(req: IncomingMessage, trustProxy: boolean | string[]): string {
  const peer = plainAddress(req.socket.remoteAddress);
  if (trustProxy === true || (Array.isArray(trustProxy) && peer !== undefined && trustProxy.map(plainAddress).includes(peer))) {
    const forwarded = req.headers["x-forwarded-for"];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? "unknown";
}

/** Per-client request budget; returns the seconds to wait when the client is over it, or 0. */
export function createRateLimiter(settings: RateLimitSettings): (req: IncomingMessage) => Promise<number> {
  if (settings.RATE_LIMIT_POINTS === 0) return async () => 0;
  const limiter = new RateLimiterMemory({ points: settings.RATE_LIMIT_POINTS, duration: settings.RATE_LIMIT_WINDOW_S });
  return async (req) => {
    try {
      await limiter.consume(clientKey(req, settings.TRUST_PROXY));
      return 0;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw rejection;
    }
  };
}
