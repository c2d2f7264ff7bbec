import type { IncomingRequest, ReadModel, Store } from "@prisme/common";
import type { RegionState } from "./read-model/region.read-model";

/** What the Région code writes and reads through: its database and change log. */
export type RegionModels = Store;

export interface RegionContext {
  store: Store;
  /** The read model every request is answered from (the database is read only by _id). */
  read(): Promise<RegionState>;
  /** Applies what the change log announces now: a mutation's answer, and the next request, see its own write. */
  refresh(): Promise<void>;
  /** The caller's Authorization header (administrators: Bearer PRISME_ADMIN_TOKEN), when the server hands it over. */
  authorization?: string;
}

/** A fresh context per request. */
export function regionContext(store: Store, request: IncomingRequest | undefined, readModel: ReadModel<RegionState>): RegionContext {
  const authorization = request?.headers?.authorization;
  return {
    store,
    read: () => readModel.current(),
    refresh: () => readModel.refresh(),
    authorization: typeof authorization === "string" ? authorization : undefined,
  };
}
