import type { SubgraphDefinition } from "@prisme/common";
import { onisepContext, onisepModels, type OnisepContext, type OnisepModels } from "./context";
import { seedOnisepDemo } from "./demo/seed";
import { onisepFormationsImporter } from "./importers/onisep-formations/onisep-formations.importer";
import { onisepMetiersImporter } from "./importers/onisep-metiers/onisep-metiers.importer";
import { romeImporter } from "./importers/rome/rome.importer";
import { ensureDefaultQuiz } from "./quiz/quiz.model";
import { buildOnisepSchema } from "./schema";
import { searchIndex } from "./search/search-registry";

export const onisep: SubgraphDefinition<OnisepModels, OnisepContext> = {
  name: "onisep",
  buildSchema: buildOnisepSchema,
  models: onisepModels,
  context: onisepContext,
  seedDemo: seedOnisepDemo,
  // The Quiz Métiers ships with a default questionnaire, and search needs its index from the start.
  onStart: async (models) => {
    await ensureDefaultQuiz(models);
    await searchIndex(models);
  },
  importers: {
    "onisep-formations": onisepFormationsImporter,
    "onisep-metiers": onisepMetiersImporter,
    rome: romeImporter,
  },
};
