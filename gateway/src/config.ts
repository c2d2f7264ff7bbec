import { join } from "node:path";
import { z } from "zod";
import { port, readConfig } from "@prisme/common";

/** Gateway settings, read once from the environment and validated at start. */
export function gatewayConfig(env: NodeJS.ProcessEnv = process.env) {
  return readConfig(
    {
      PORT: port(4000),
      HOST: z.string().default("127.0.0.1"),
      SUPERGRAPH_PATH: z.string().default(join(__dirname, "..", "..", "schema", "supergraph.graphql")),
      SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    },
    env,
  );
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
