// Settings of the site, read from the environment on the server at run time (never inlined at build
// time: one build runs against any gateway).

const DEFAULT_GATEWAY_URL = "http://127.0.0.1:4000/";

/** The gateway's public GraphQL endpoint (PRISME_GATEWAY_URL); the only service the site queries. */
export function gatewayUrl(): string {
  return process.env.PRISME_GATEWAY_URL || DEFAULT_GATEWAY_URL;
}

/** The public origin of the site, for canonical URLs and the sitemap (PRISME_SITE_URL). */
export function siteUrl(): URL {
  const configured = process.env.PRISME_SITE_URL;
  if (configured) return new URL(configured);
  return new URL(`http://localhost:${process.env.PORT_WEB || "3000"}`);
}

/** Time limit of one request to the gateway, in ms (PRISME_GATEWAY_TIMEOUT_MS). */
export function gatewayTimeoutMs(): number {
  const value = Number(process.env.PRISME_GATEWAY_TIMEOUT_MS);
  return Number.isFinite(value) && value > 0 ? value : 15_000;
}

export const SITE_NAME = "Prisme";
