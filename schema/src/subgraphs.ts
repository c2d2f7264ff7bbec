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
  sdl: string;
  build: () => Promise<GraphQLSchema>;
}

/** The composition config (schema/subgraphs.json: name, routing URL, SDL file) joined to each builder. */
const list = JSON.parse(readFileSync(join(__dirname, "..", "subgraphs.json"), "utf8")) as { name: string; url: string; sdl: string }[];

export const subgraphs: SubgraphEntry[] = list.map((entry) => {
  const build = builders[entry.name];
  if (!build) throw new Error(`schema/subgraphs.json names "${entry.name}", which has no schema builder in schema/src/subgraphs.ts`);
  return { ...entry, build };
});
