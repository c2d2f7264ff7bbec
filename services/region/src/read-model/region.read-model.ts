import { applyToMap, applyToTable, eachInSlices, loadMap, loadTable, type ReadModelSpec, type Store, type Table } from "@prisme/common";
import { CENTRES, COMMUNES, type CentreDoc } from "../commune/commune.model";
import { DEPARTEMENTS, type DepartementDoc } from "../departement/departement.model";
import { EVENEMENTS, type EvenementDoc } from "../evenement/evenement.model";
import { REGIONS, type RegionDoc } from "../region/region.model";
import { STRUCTURES } from "../structure/structure.model";
import { communeSource, withCentre, type CommuneEntry } from "./commune.table";
import { evenementTable } from "./evenement.table";
import { placer, structureSource, type StructureEntry } from "./structure.table";

/** What the Région subgraph serves requests from: the territory, the SPRO structures and the events, indexed. */
export interface RegionState {
  regions: Map<string, RegionDoc>;
  departements: Map<string, DepartementDoc>;
  /** The centres by INSEE code: joined into the communes and placing the structures without a point of their own. */
  centres: Map<string, CentreDoc>;
  communes: Table<CommuneEntry>;
  structures: Table<StructureEntry>;
  evenements: Table<EvenementDoc>;
}

/** The Région read model: loaded from its six collections, kept current record by record. */
export function regionReadModel(store: Store): ReadModelSpec<RegionState> {
  const { db } = store;
  return {
    name: "region",
    async load(progress) {
      const centres = await loadMap<CentreDoc>(db, CENTRES);
      return {
        regions: await loadMap<RegionDoc>(db, REGIONS),
        departements: await loadMap<DepartementDoc>(db, DEPARTEMENTS),
        centres,
        communes: await loadTable(db, communeSource(centres), progress),
        structures: await loadTable(db, structureSource(centres), progress),
        evenements: await loadTable(db, evenementTable, progress),
      };
    },
    async apply(state, changed) {
      await applyToMap(db, state.regions, REGIONS, changed.get(REGIONS));
      await applyToMap(db, state.departements, DEPARTEMENTS, changed.get(DEPARTEMENTS));
      const centres = [...(changed.get(CENTRES) ?? [])];
      if (centres.length) {
        await applyToMap(db, state.centres, CENTRES, centres);
        // The communes and the structures they place take their new centre from memory: no other read.
        await eachInSlices(centres, (code) => {
          const commune = state.communes.get(code);
          if (commune) state.communes.upsert(withCentre(commune, state.centres.get(code)));
        });
        await eachInSlices(state.structures.keysWith("commune", centres), (id) => state.structures.upsert(placer(state.structures.get(id)!, state.centres)));
        await state.communes.commit();
        await state.structures.commit();
      }
      await applyToTable(db, state.communes, communeSource(state.centres), changed.get(COMMUNES));
      await applyToTable(db, state.structures, structureSource(state.centres), changed.get(STRUCTURES));
      await applyToTable(db, state.evenements, evenementTable, changed.get(EVENEMENTS));
      return true;
    },
  };
}
