import type { ReadModel, Store } from "@prisme/common";
import type { OnisepState } from "./read-model/onisep.read-model";

/** What the Onisep code writes and reads through: its database and change log. */
export type OnisepModels = Store;

export interface OnisepContext {
  store: Store;
  /** The read model every request is answered from (no database read at all). */
  read(): Promise<OnisepState>;
}

/** A fresh context per request. */
export function onisepContext(store: Store, _request: unknown, readModel: ReadModel<OnisepState>): OnisepContext {
  return { store, read: () => readModel.current() };
}
