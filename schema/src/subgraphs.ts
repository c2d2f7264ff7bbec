import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { GraphQLSchema } from "graphql";
import { buildCarifOrefSchema } from "@prisme/carif-oref";
import { buildOnisepSchema } from "@prisme/onisep";
import { buildRectoratSchema } from "@prisme/rectorat";
import { buildRegionSchema } from "@prisme/region";

/** The schema builders of the project's own subgraphs, by service name. */
const builders: Record<string, () => Promise<GraphQLSchema>> = {
  onisep: buildOnisepSchema,
  "carif-oref": buildCarifOrefSchema,
  rectorat: buildRectoratSchema,
  region: buildRegionSchema,
};

export interface SubgraphEntry {
  name: string;
  url: string;
  /** File of the subgraph's SDL in schema/. */
  sdl: string;
  /** Our own subgraphs are printed from their code; a partner's SDL is the file it published. */
  build?: () => Promise<GraphQLSchema>;
  /** A partner's SDL given directly (tests), instead of the file. */
  typeDefs?: string;
}

/** The composition config (schema/subgraphs.json: name, routing URL, SDL file) joined to our builders. */
const list = JSON.parse(readFileSync(join(__dirname, "..", "subgraphs.json"), "utf8")) as { name: string; url: string; sdl: string }[];

export const subgraphs: SubgraphEntry[] = list.map((entry) => ({ ...entry, build: builders[entry.name] }));
