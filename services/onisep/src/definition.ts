import type { SubgraphDefinition } from "@prisme/common";
import { onisepContext, onisepModels, type OnisepContext, type OnisepModels } from "./context";
import { seedOnisepDemo } from "./demo/seed";
import { buildOnisepSchema } from "./schema";

export const onisep: SubgraphDefinition<OnisepModels, OnisepContext> = {
  name: "onisep",
  buildSchema: buildOnisepSchema,
  models: onisepModels,
  context: onisepContext,
  seedDemo: seedOnisepDemo,
};
