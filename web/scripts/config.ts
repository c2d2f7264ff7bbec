import { z } from "zod";

const url = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .refine((value) => /^https?:\/\/[^\s]+$/.test(value) && URL.canParse(value), { message: "expected an http(s) URL such as http://127.0.0.1:4000/" });

const SHAPE = {
  PORT_WEB: z.coerce.number({ message: "expected a port number" }).int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  PRISME_GATEWAY_URL: url("http://127.0.0.1:4000/"),
  PRISME_SITE_URL: z
    .string()
    .optional()
    .refine((value) => value === undefined || (/^https?:\/\//.test(value) && URL.canParse(value)), { message: "expected the site's public origin, e.g. https://prisme.example.fr" }),
  /** Behind a reverse proxy that sets X-Forwarded-For: believe it for the visitor's address. */
  PRISME_WEB_TRUST_PROXY: z.enum(["true", "false"], { message: 'expected "true" or "false"' }).default("false").transform((value) => value === "true"),
  PRISME_GATEWAY_TIMEOUT_MS: z.coerce.number({ message: "expected a number of milliseconds" }).int().min(100).max(120_000).default(15_000),
};

export type WebConfig = z.infer<z.ZodObject<typeof SHAPE>>;

/** The web server's settings, read once from the environment; a bad value stops the start with a message naming it. */
export function webConfig(env: NodeJS.ProcessEnv = process.env): WebConfig {
  const parsed = z.object(SHAPE).safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid configuration in the environment:\n${problems}`);
  }
  return parsed.data;
}
