import type { SubgraphDefinition } from "@prisme/common";
import { carifOrefContext, carifOrefModels, type CarifOrefContext, type CarifOrefModels } from "./context";
import { seedCarifOrefDemo } from "./demo/seed";
import { certifInfoImporter } from "./importers/certif-info/certif-info.importer";
import { lheoDeltaImporter, lheoImporter } from "./importers/lheo/lheo.importer";
import { rncpImporter } from "./importers/rncp/rncp.importer";
import { buildCarifOrefSchema } from "./schema";
import { searchIndexFor } from "./search/offre-search.index";

export const carifOref: SubgraphDefinition<CarifOrefModels, CarifOrefContext> = {
  name: "carif-oref",
  buildSchema: buildCarifOrefSchema,
  models: carifOrefModels,
  context: carifOrefContext,
  seedDemo: seedCarifOrefDemo,
  // The index of current offers is built in the background: the subgraph answers at once, and the
  // first query that needs the index waits for it (reading 50,000 offers takes FerretDB a few minutes).
  onStart: async (models) => {
    void searchIndexFor(models)
      .ready()
      .catch((error: unknown) => console.error(`[carif-oref] search index build failed: ${error instanceof Error ? error.message : String(error)}`));
  },
  importers: {
    lheo: lheoImporter,
    "lheo-delta": lheoDeltaImporter,
    "certif-info": certifInfoImporter,
    rncp: rncpImporter,
  },
};
