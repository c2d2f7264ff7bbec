import type { SubgraphDefinition } from "@prisme/common";
import { regionContext, regionModels, type RegionContext, type RegionModels } from "./context";
import { seedRegionDemo } from "./demo/seed";
import { buildRegionSchema } from "./schema";

export const region: SubgraphDefinition<RegionModels, RegionContext> = {
  name: "region",
  buildSchema: buildRegionSchema,
  models: regionModels,
  context: regionContext,
  seedDemo: seedRegionDemo,
};
