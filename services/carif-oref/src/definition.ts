import { storeOf, type SubgraphDefinition } from "@prisme/common";
import { carifOrefContext, type CarifOrefContext, type CarifOrefModels } from "./context";
import { seedCarifOrefDemo } from "./demo/seed";
import { certifInfoImporter } from "./importers/certif-info/certif-info.importer";
import { formacodeImporter } from "./importers/formacode/formacode.importer";
import { lheoDeltaImporter, lheoImporter } from "./importers/lheo/lheo.importer";
import { tableDePassageImporter } from "./importers/table-de-passage/table-de-passage.importer";
import { rncpImporter } from "./importers/rncp/rncp.importer";
import { carifOrefReadModel, type CarifOrefState } from "./read-model/carif-oref.read-model";
import { buildCarifOrefSchema } from "./schema";

export const carifOref: SubgraphDefinition<CarifOrefModels, CarifOrefContext, CarifOrefState> = {
  name: "carif-oref",
  buildSchema: buildCarifOrefSchema,
  models: storeOf,
  readModel: carifOrefReadModel,
  context: carifOrefContext,
  seedDemo: seedCarifOrefDemo,
  importers: {
    lheo: lheoImporter,
    "lheo-delta": lheoDeltaImporter,
    "certif-info": certifInfoImporter,
    rncp: rncpImporter,
    formacode: formacodeImporter,
    "table-de-passage-certifications": tableDePassageImporter,
  },
};
