import { storeOf, type SubgraphDefinition } from "@prisme/common";
import { rectoratContext, type RectoratContext, type RectoratModels } from "./context";
import { seedRectoratDemo } from "./demo/seed";
import { rectoratImporters } from "./importers/importers";
import { rectoratReadModel, type RectoratState } from "./read-model/rectorat.read-model";
import { buildRectoratSchema } from "./schema";

export const rectorat: SubgraphDefinition<RectoratModels, RectoratContext, RectoratState> = {
  name: "rectorat",
  buildSchema: buildRectoratSchema,
  models: storeOf,
  readModel: rectoratReadModel,
  context: rectoratContext,
  seedDemo: seedRectoratDemo,
  importers: rectoratImporters,
};
