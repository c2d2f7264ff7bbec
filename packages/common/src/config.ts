import { z, type ZodRawShape } from "zod";

/** Reads and validates environment variables once; an invalid value stops the start with a message naming it. */
export function readConfig<T extends ZodRawShape>(shape: T, env: NodeJS.ProcessEnv = process.env): z.infer<z.ZodObject<T>> {
  const parsed = z.object(shape).safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid configuration in the environment:\n${problems}`);
  }
  return parsed.data;
}

/** A TCP port number given as an environment variable string. */
export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

/**
 * The MongoDB URI of one service: MONGODB_URI_<SERVICE> (e.g. MONGODB_URI_CARIF_OREF) wins over
 * MONGODB_URI, which serves every service.
 */
export function mongoUriFor(service: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const key = `MONGODB_URI_${service.toUpperCase().replace(/[^A-Z0-9]/g, "_")}`;
  return env[key] || env.MONGODB_URI || undefined;
}

/** The database name of a service: prisme_<service>, unless MONGODB_DB_<SERVICE> says otherwise. */
export function databaseNameFor(service: string, env: NodeJS.ProcessEnv = process.env): string {
  const key = `MONGODB_DB_${service.toUpperCase().replace(/[^A-Z0-9]/g, "_")}`;
  return env[key] || `prisme_${service.replace(/[^a-z0-9]/gi, "_")}`;
}
