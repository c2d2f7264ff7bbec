import { z } from "zod";
import { readConfig } from "../config";
import type { ReadModelSettings } from "./read-model";

/** The read models' settings, read once from the environment and validated like every other setting. */
export function readModelSettings(env: NodeJS.ProcessEnv = process.env): ReadModelSettings {
  const config = readConfig(
    {
      PRISME_READ_MODEL_POLL_MS: z.coerce.number().int().min(0).max(600_000).default(1000),
      PRISME_READ_MODEL_MAX_INCREMENTAL: z.coerce.number().int().min(0).default(20_000),
      PRISME_READ_MODEL_WAIT_MS: z.coerce.number().int().min(0).max(600_000).default(5_000),
      PRISME_DOCUMENT_CACHE_MB: z.coerce.number().min(0).max(4_096).default(8),
    },
    env,
  );
  return { pollMs: config.PRISME_READ_MODEL_POLL_MS, maxIncremental: config.PRISME_READ_MODEL_MAX_INCREMENTAL, waitMs: config.PRISME_READ_MODEL_WAIT_MS, documentCacheBytes: Math.round(config.PRISME_DOCUMENT_CACHE_MB * 1e6) };
}
