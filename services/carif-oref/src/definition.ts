import type { SubgraphDefinition } from "@prisme/common";
import { carifOrefContext, carifOrefModels, type CarifOrefContext, type CarifOrefModels } from "./context";
import { seedCarifOrefDemo } from "./demo/seed";
import { certifInfoImporter } from "./importers/certif-info/certif-info.importer";
import { lheoDeltaImporter, lheoImporter } from "./importers/lheo/lheo.importer";
import { rncpImporter } from "./importers/rncp/rncp.importer";
import { buildCarifOrefSchema } from "./schema";

export const carifOref: SubgraphDefinition<CarifOrefModels, CarifOrefContext> = {
  name: "carif-oref",
  buildSchema: buildCarifOrefSchema,
  models: carifOrefModels,
  context: carifOrefContext,
  seedDemo: seedCarifOrefDemo,
  importers: {
    lheo: lheoImporter,
    "lheo-delta": lheoDeltaImporter,
    "certif-info": certifInfoImporter,
    rncp: rncpImporter,
  },
};
