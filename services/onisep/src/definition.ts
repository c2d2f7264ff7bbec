import { storeOf, type SubgraphDefinition } from "@prisme/common";
import { onisepContext, type OnisepContext, type OnisepModels } from "./context";
import { seedOnisepDemo } from "./demo/seed";
import { onisepFormationsImporter } from "./importers/onisep-formations/onisep-formations.importer";
import { onisepMetiersImporter } from "./importers/onisep-metiers/onisep-metiers.importer";
import { onisepFichesFormationsImporter } from "./importers/onisep-fiches-formations/onisep-fiches-formations.importer";
import { onisepMetiersRomeImporter } from "./importers/onisep-metiers-rome/onisep-metiers-rome.importer";
import { romeImporter } from "./importers/rome/rome.importer";
import { ensureDefaultQuiz } from "./quiz/quiz.model";
import { onisepReadModel, type OnisepState } from "./read-model/onisep.read-model";
import { buildOnisepSchema } from "./schema";

export const onisep: SubgraphDefinition<OnisepModels, OnisepContext, OnisepState> = {
  name: "onisep",
  buildSchema: buildOnisepSchema,
  models: storeOf,
  readModel: onisepReadModel,
  context: onisepContext,
  seedDemo: seedOnisepDemo,
  // The Quiz Métiers ships with a default questionnaire.
  onStart: async (store) => {
    await ensureDefaultQuiz(store);
  },
  importers: {
    "onisep-formations": onisepFormationsImporter,
    "onisep-metiers": onisepMetiersImporter,
    rome: romeImporter,
    "onisep-metiers-rome": onisepMetiersRomeImporter,
    "onisep-fiches-formations": onisepFichesFormationsImporter,
  },
};
