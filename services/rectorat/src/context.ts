import type { ReadModel, Store } from "@prisme/common";
import type { RectoratState } from "./read-model/rectorat.read-model";

/** What the Rectorat code writes and reads through: its database and change log. */
export type RectoratModels = Store;

export interface RectoratContext {
  store: Store;
  /** The read model every request is answered from (no database read at all). */
  read(): Promise<RectoratState>;
}

/** A fresh context per request. */
export function rectoratContext(store: Store, _request: unknown, readModel: ReadModel<RectoratState>): RectoratContext {
  return { store, read: () => readModel.current() };
}
