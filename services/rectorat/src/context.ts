import { centresParRegion, type CentreDeCommune, type ReadModel, type Store } from "@prisme/common";
import type { RectoratState } from "./read-model/rectorat.read-model";

/** What the Rectorat code writes and reads through: its database and change log. */
export type RectoratModels = Store;

export interface RectoratContext {
  store: Store;
  /** The read model every request is answered from (no database read at all). */
  read(): Promise<RectoratState>;
  /** A commune's centre, for proximite: { codeCommune } (the Région subgraph owns communes). */
  centreDe: CentreDeCommune;
}

// One cache of communes' centres per process, as in the other subgraphs (centres change once a year).
const centreDe = centresParRegion();

/** A fresh context per request. */
export function rectoratContext(store: Store, _request: unknown, readModel: ReadModel<RectoratState>): RectoratContext {
  return { store, read: () => readModel.current(), centreDe };
}
