import { composeServices } from "@apollo/composition";
import { printSubgraphSchema } from "@apollo/subgraph";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, printSchema } from "graphql";
import { apiSchema } from "./conventions";
import { subgraphs as ourSubgraphs, type SubgraphEntry } from "./subgraphs";

export interface Composition {
  /** SDL of each subgraph, by file name (onisep.graphql…). */
  files: Record<string, string>;
}

/**
 * Prints each subgraph's SDL from its code and composes the supergraph (Federation 2).
 * Fails with every composition error listed, so a broken composition never reaches schema/.
 */
export async function compose(subgraphs: SubgraphEntry[] = ourSubgraphs): Promise<Composition> {
  const files: Record<string, string> = {};
  const services = [];
  for (const subgraph of subgraphs) {
    const sdl = subgraph.build ? printSubgraphSchema(await subgraph.build()) : (subgraph.typeDefs ?? readPartnerSdl(subgraph.sdl));
    files[subgraph.sdl] = `${sdl.trim()}\n`;
    services.push({ name: subgraph.name, url: subgraph.url, typeDefs: parse(sdl) });
  }
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `  - ${error.message}`).join("\n")}`);
  }
  files["supergraph.graphql"] = `${result.supergraphSdl.trim()}\n`;
  // The public API, as clients of the gateway see it: what the schema lint checks, and what front ends type their operations against.
  files["api.graphql"] = `${printSchema(apiSchema(result.supergraphSdl)).trim()}\n`;
  return { files };
}

/** A partner's published SDL, kept in schema/ beside ours. */
function readPartnerSdl(file: string): string {
  try {
    return readFileSync(join(__dirname, "..", file), "utf8");
  } catch (cause) {
    throw new Error(`schema/${file} is listed in schema/subgraphs.json but cannot be read: add the partner's SDL file`, { cause });
  }
}
