import "server-only";
import { headers } from "next/headers";

/**
 * The headers that tell the gateway which visitor a request is for (X-Forwarded-For, set from the
 * address scripts/serve.ts wrote on the request): its rate limit then counts visitors, when it
 * trusts this server as a proxy (TRUST_PROXY). Empty outside a request (the sitemap's cache).
 */
export async function visitorHeaders(): Promise<Record<string, string>> {
  try {
    const address = (await headers()).get("x-prisme-client-address");
    return address ? { "x-forwarded-for": address } : {};
  } catch {
    return {};
  }
}
