import type { SubgraphDefinition } from "@prisme/common";
import { rectoratContext, rectoratModels, type RectoratContext, type RectoratModels } from "./context";
import { seedRectoratDemo } from "./demo/seed";
import { rectoratImporters } from "./importers/importers";
import { buildRectoratSchema } from "./schema";

export const rectorat: SubgraphDefinition<RectoratModels, RectoratContext> = {
  name: "rectorat",
  buildSchema: buildRectoratSchema,
  models: (connection) => rectoratModels(connection),
  context: rectoratContext,
  seedDemo: seedRectoratDemo,
  importers: rectoratImporters,
};

/** The same subgraph as served by its own process: the search index is built at start and follows imports. */
export const rectoratServer: SubgraphDefinition<RectoratModels, RectoratContext> = {
  ...rectorat,
  models: (connection) => rectoratModels(connection, { eagerSearch: true }),
};
