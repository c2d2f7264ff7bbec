import type { SubgraphDefinition } from "@prisme/common";
import { rectoratContext, rectoratModels, type RectoratContext, type RectoratModels } from "./context";
import { seedRectoratDemo } from "./demo/seed";
import { buildRectoratSchema } from "./schema";

export const rectorat: SubgraphDefinition<RectoratModels, RectoratContext> = {
  name: "rectorat",
  buildSchema: buildRectoratSchema,
  models: rectoratModels,
  context: rectoratContext,
  seedDemo: seedRectoratDemo,
};
