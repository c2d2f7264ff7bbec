import type DataLoader from "dataloader";
import { centresParRegion, loaderById, type CentreDeCommune, type ReadModel, type Store } from "@prisme/common";
import { OFFRES, type OffreDoc } from "./offre/offre.model";
import type { CarifOrefState } from "./read-model/carif-oref.read-model";

/** What the Carif-Oref code writes and reads through: its database and change log. */
export type CarifOrefModels = Store;

export interface CarifOrefContext {
  store: Store;
  /** The read model requests list, search and link from. */
  read(): Promise<CarifOrefState>;
  /** A commune's centre, for proximite: { codeCommune } (asked to the région subgraph, cached). */
  centreDe: CentreDeCommune;
  loaders: {
    /** Whole offers by numero: the one database read of a request, batched (the offers read lately are kept in memory). */
    offre: DataLoader<string, OffreDoc | null>;
  };
}

// One cache of communes' centres per process.
const centreDe = centresParRegion();

/** A fresh context per request: DataLoaders never outlive the request that filled them. */
export function carifOrefContext(store: Store, _request: unknown, readModel: ReadModel<CarifOrefState>): CarifOrefContext {
  return { store, read: () => readModel.current(), centreDe, loaders: { offre: loaderById<OffreDoc>(store.db.collection(OFFRES), readModel.documents<OffreDoc>(OFFRES)) } };
}
