import { applyToMap, applyToTable, loadMap, loadTable, scanCollection, Table, type ReadModelSpec, type Store } from "@prisme/common";
import { DEPARTEMENTS, type DepartementDoc } from "../departement/departement.model";
import { EVENEMENTS, type EvenementDoc } from "../evenement/evenement.model";
import { REGIONS, type RegionDoc } from "../region/region.model";
import { STRUCTURES } from "../structure/structure.model";
import { CENTRES_PAR_DEPARTEMENT } from "../territoire/centres.lots";
import { communesDuLot, COMMUNES_PAR_DEPARTEMENT } from "../territoire/communes.lots";
import type { LotDoc } from "../territoire/lots";
import { Centres } from "./centres";
import { communeSpec, withCentre, type CommuneEntry } from "./commune.table";
import { evenementTable } from "./evenement.table";
import { structureSource, type StructureEntry } from "./structure.table";
import { appliquerTerritoire } from "./territoire.apply";

/** What the Région subgraph serves requests from: the territory, the SPRO structures and the events, indexed. */
export interface RegionState {
  regions: Map<string, RegionDoc>;
  departements: Map<string, DepartementDoc>;
  /** The centres by INSEE code: joined into the communes and placing the structures without a point of their own. */
  centres: Centres;
  communes: Table<CommuneEntry>;
  structures: Table<StructureEntry>;
  evenements: Table<EvenementDoc>;
}

/** The Région read model: loaded from its collections (the territory's in lots), kept current record by record. */
export function regionReadModel(store: Store): ReadModelSpec<RegionState> {
  const { db } = store;
  return {
    name: "region",
    async load(progress) {
      const centres = new Centres();
      for await (const lot of scanCollection<LotDoc>(db, CENTRES_PAR_DEPARTEMENT)) centres.appliquer(lot._id, lot);
      async function* communes(): AsyncGenerator<CommuneEntry> {
        let lus = 0;
        for await (const lot of scanCollection<LotDoc>(db, COMMUNES_PAR_DEPARTEMENT)) {
          for (const commune of communesDuLot(lot)) yield withCentre(commune, centres.get(commune.code));
          progress(`${COMMUNES_PAR_DEPARTEMENT}: ${(lus += 1)} départements read`);
        }
      }
      return {
        regions: await loadMap<RegionDoc>(db, REGIONS),
        departements: await loadMap<DepartementDoc>(db, DEPARTEMENTS),
        centres,
        communes: await Table.build(communeSpec, communes()),
        structures: await loadTable(db, structureSource(centres), progress),
        evenements: await loadTable(db, evenementTable, progress),
      };
    },
    async apply(state, changed) {
      await applyToMap(db, state.regions, REGIONS, changed.get(REGIONS));
      await applyToMap(db, state.departements, DEPARTEMENTS, changed.get(DEPARTEMENTS));
      await appliquerTerritoire(store, state, changed);
      await applyToTable(db, state.structures, structureSource(state.centres), changed.get(STRUCTURES));
      await applyToTable(db, state.evenements, evenementTable, changed.get(EVENEMENTS));
      return true;
    },
  };
}
