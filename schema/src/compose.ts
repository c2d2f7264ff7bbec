import { composeServices } from "@apollo/composition";
import { printSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import { subgraphs } from "./subgraphs";

export interface Composition {
  /** SDL of each subgraph, by file name (onisep.graphql…). */
  files: Record<string, string>;
}

/**
 * Prints each subgraph's SDL from its code and composes the supergraph (Federation 2).
 * Fails with every composition error listed, so a broken composition never reaches schema/.
 */
export async function compose(): Promise<Composition> {
  const files: Record<string, string> = {};
  const services = [];
  for (const subgraph of subgraphs) {
    const sdl = printSubgraphSchema(await subgraph.build());
    files[subgraph.sdl] = `${sdl.trim()}\n`;
    services.push({ name: subgraph.name, url: subgraph.url, typeDefs: parse(sdl) });
  }
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `  - ${error.message}`).join("\n")}`);
  }
  files["supergraph.graphql"] = `${result.supergraphSdl.trim()}\n`;
  return { files };
}
