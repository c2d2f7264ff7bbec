import type DataLoader from "dataloader";
import type { Connection } from "mongoose";
import { loaderByArrayField, loaderByKey } from "@prisme/common";
import { offreModel, type OffreDoc } from "./offre/offre.model";

export interface CarifOrefModels {
  Offre: ReturnType<typeof offreModel>;
}

export interface CarifOrefContext {
  models: CarifOrefModels;
  loaders: {
    offre: DataLoader<string, OffreDoc | null>;
    offresByRome: DataLoader<string, OffreDoc[]>;
  };
}

export function carifOrefModels(connection: Connection): CarifOrefModels {
  return { Offre: offreModel(connection) };
}

/** A fresh context per request: DataLoaders never outlive the request that filled them. */
export function carifOrefContext(models: CarifOrefModels): CarifOrefContext {
  return {
    models,
    loaders: {
      offre: loaderByKey(models.Offre, "id"),
      offresByRome: loaderByArrayField(models.Offre, "codesRome"),
    },
  };
}
