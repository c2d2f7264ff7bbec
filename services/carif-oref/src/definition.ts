import type { SubgraphDefinition } from "@prisme/common";
import { carifOrefContext, carifOrefModels, type CarifOrefContext, type CarifOrefModels } from "./context";
import { seedCarifOrefDemo } from "./demo/seed";
import { buildCarifOrefSchema } from "./schema";

export const carifOref: SubgraphDefinition<CarifOrefModels, CarifOrefContext> = {
  name: "carif-oref",
  buildSchema: buildCarifOrefSchema,
  models: carifOrefModels,
  context: carifOrefContext,
  seedDemo: seedCarifOrefDemo,
};
