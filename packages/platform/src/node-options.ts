import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The Node options a service of the platform runs with, declared by the service itself in its
 * package.json (`"prisme": { "nodeOptions": [...] }`), so that `npm start`, the benchmarks and the
 * service's own `npm start` run it the same way. The carif-oref subgraph, whose pages of offers
 * allocate a few hundred kilobytes each, asks for a larger young generation: with V8's default,
 * what is alive during the frequent scavenges is promoted and a major collection of its 300 MB
 * heap runs every few seconds, under a request.
 */
export function nodeOptionsOf(serviceDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(serviceDir, "package.json"), "utf8")) as { prisme?: { nodeOptions?: unknown } };
  const options = manifest.prisme?.nodeOptions ?? [];
  if (!Array.isArray(options) || !options.every((option) => typeof option === "string" && option.startsWith("--"))) {
    throw new Error(`${join(serviceDir, "package.json")}: "prisme.nodeOptions" must be a list of Node options such as "--max-semi-space-size=64"`);
  }
  return options as string[];
}
