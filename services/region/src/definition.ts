import { storeOf, type SubgraphDefinition } from "@prisme/common";
import { regionContext, type RegionContext, type RegionModels } from "./context";
import { seedRegionDemo } from "./demo/seed";
import { agencesFranceTravailImporter } from "./importers/agences-france-travail/agences-france-travail.importer";
import { codesPostauxImporter } from "./importers/codes-postaux/codes-postaux.importer";
import { missionLocaleCouvertureImporter } from "./importers/mission-locale-couverture/mission-locale-couverture.importer";
import { structuresMiloImporter } from "./importers/structures-milo/structures-milo.importer";
import { structuresImporter } from "./importers/structures/structures.importer";
import { assurerTerritoire } from "./territoire/territoire.assure";
import { regionReadModel, type RegionState } from "./read-model/region.read-model";
import { buildRegionSchema } from "./schema";

export const region: SubgraphDefinition<RegionModels, RegionContext, RegionState> = {
  name: "region",
  buildSchema: buildRegionSchema,
  models: storeOf,
  readModel: regionReadModel,
  context: regionContext,
  seedDemo: seedRegionDemo,
  // The territory is the subgraph's referential, not demonstration data: loaded at every start when missing or of another vintage.
  onStart: async (store) => {
    await assurerTerritoire(store);
  },
  importers: {
    "codes-postaux": codesPostauxImporter,
    "mission-locale-couverture": missionLocaleCouvertureImporter,
    "agences-france-travail": agencesFranceTravailImporter,
    "structures-milo": structuresMiloImporter,
    structures: structuresImporter,
  },
};
