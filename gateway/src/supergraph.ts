import { readFileSync } from "node:fs";

/** Reads the composed supergraph SDL written by `npm run compose` (schema/supergraph.graphql). */
export function readSupergraph(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (cause) {
    throw new Error(`gateway: unable to read the supergraph at ${path}; run \`npm run compose\` to produce it.`, { cause });
  }
}
