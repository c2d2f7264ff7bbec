import type { SubgraphDefinition } from "@prisme/common";
import { onisepContext, onisepModels, type OnisepContext, type OnisepModels } from "./context";
import { seedOnisepDemo } from "./demo/seed";
import { onisepFormationsImporter } from "./importers/onisep-formations/onisep-formations.importer";
import { onisepMetiersImporter } from "./importers/onisep-metiers/onisep-metiers.importer";
import { romeImporter } from "./importers/rome/rome.importer";
import { buildOnisepSchema } from "./schema";

export const onisep: SubgraphDefinition<OnisepModels, OnisepContext> = {
  name: "onisep",
  buildSchema: buildOnisepSchema,
  models: onisepModels,
  context: onisepContext,
  seedDemo: seedOnisepDemo,
  importers: {
    "onisep-formations": onisepFormationsImporter,
    "onisep-metiers": onisepMetiersImporter,
    rome: romeImporter,
  },
};
