import { existsSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { port, readConfig } from "@prisme/common";

const production = (env: NodeJS.ProcessEnv) => env.NODE_ENV === "production";

/** "true"/"false"/"1"/"0" as a boolean, with a default. */
const flag = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0"], { message: 'expected "true" or "false"' })
    .default(fallback ? "true" : "false")
    .transform((value) => value === "true" || value === "1");

const int = (min: number, max: number, fallback: number) =>
  z.coerce
    .number({ message: `expected a whole number from ${min} to ${max}` })
    .int({ message: `expected a whole number from ${min} to ${max}` })
    .min(min, { message: `expected at least ${min}` })
    .max(max, { message: `expected at most ${max}` })
    .default(fallback);

/**
 * Whom to believe about X-Forwarded-For: "true" (every peer: the gateway sits behind a proxy that
 * sets it), "false" (nobody), or a comma-separated list of the proxies' addresses (e.g. the web
 * server beside it: 127.0.0.1,::1), believed only when the request comes from one of them.
 */
const trustProxy = z
  .string()
  .default("false")
  .transform((value, context): boolean | string[] => {
    const text = value.trim();
    if (["true", "1"].includes(text)) return true;
    if (["false", "0", ""].includes(text)) return false;
    const addresses = text.split(",").map((address) => address.trim()).filter(Boolean);
    if (addresses.every((address) => /^[0-9a-fA-F.:]+$/.test(address))) return addresses;
    context.addIssue({ code: "custom", message: 'expected "true", "false" or a comma-separated list of proxy IP addresses such as 127.0.0.1,::1' });
    return z.NEVER;
  });

/** A comma-separated list of origins ("*" allows every origin). */
const origins = z
  .string()
  .default("")
  .transform((value) => value.split(",").map((origin) => origin.trim()).filter(Boolean))
  .refine((list) => list.every((origin) => origin === "*" || /^https?:\/\/[^/]+$/.test(origin)), {
    message: 'expected "*" or a comma-separated list of origins such as https://prisme.example.fr',
  });

/** Gateway settings, read once from the environment and validated at start. */
export function gatewayConfig(env: NodeJS.ProcessEnv = process.env) {
  const dev = !production(env);
  const config = readConfig(
    {
      PORT: port(4000),
      HOST: z.string().min(1).default("127.0.0.1"),
      SUPERGRAPH_PATH: z.string().default(join(__dirname, "..", "..", "schema", "supergraph.graphql")),
      SUPERGRAPH_WATCH: flag(true),
      SUBGRAPH_TIMEOUT_MS: int(100, 120_000, 10_000),
      INTROSPECTION: flag(dev),
      FIELD_SUGGESTIONS: flag(dev),
      LANDING_PAGE: flag(dev),
      CORS_ORIGINS: origins,
      MAX_BODY_BYTES: int(1_000, 50_000_000, 100_000),
      MAX_DEPTH: int(1, 100, 12),
      MAX_ALIASES: int(0, 1_000, 30),
      MAX_TOKENS: int(100, 1_000_000, 5_000),
      MAX_COST: int(1, 100_000_000, 50_000),
      APQ: flag(true),
      SAFELIST_PATH: z.string().optional(),
      RATE_LIMIT_POINTS: int(0, 1_000_000, 300),
      RATE_LIMIT_WINDOW_S: int(1, 3_600, 60),
      TRUST_PROXY: trustProxy,
      RESPONSE_CACHE_TTL_S: int(0, 86_400, 60),
      LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
      SHUTDOWN_GRACE_MS: int(0, 120_000, 10_000),
    },
    env,
  );
  if (config.SAFELIST_PATH && !existsSync(config.SAFELIST_PATH)) {
    throw new Error(`Invalid configuration in the environment:\n  SAFELIST_PATH: no file at ${config.SAFELIST_PATH}`);
  }
  return config;
}

export type GatewayConfig = ReturnType<typeof gatewayConfig>;

/**
 * Subgraph URL overrides: SUBGRAPH_URL_<NAME> (e.g. SUBGRAPH_URL_CARIF_OREF) replaces the URL
 * written in the supergraph for that service.
 */
export function subgraphUrlOverrides(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const overrides: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const match = /^SUBGRAPH_URL_([A-Z0-9_]+)$/.exec(key);
    if (!match || !value) continue;
    try {
      new URL(value);
    } catch {
      throw new Error(`Invalid configuration in the environment:\n  ${key}: "${value}" is not a URL`);
    }
    overrides[match[1].toLowerCase().replace(/_/g, "-")] = value;
  }
  return overrides;
}
