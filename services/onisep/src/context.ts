import type DataLoader from "dataloader";
import type { Connection } from "mongoose";
import { loaderByArrayField, loaderByKey } from "@prisme/common";
import { formationModel, type FormationDoc } from "./formation/formation.model";
import { metierModel, type MetierDoc } from "./metier/metier.model";

export interface OnisepModels {
  Metier: ReturnType<typeof metierModel>;
  Formation: ReturnType<typeof formationModel>;
}

export interface OnisepContext {
  models: OnisepModels;
  loaders: {
    metier: DataLoader<string, MetierDoc | null>;
    formation: DataLoader<string, FormationDoc | null>;
    metiersByRome: DataLoader<string, MetierDoc[]>;
    formationsByRome: DataLoader<string, FormationDoc[]>;
  };
}

export function onisepModels(connection: Connection): OnisepModels {
  return { Metier: metierModel(connection), Formation: formationModel(connection) };
}

/** A fresh context per request: DataLoaders never outlive the request that filled them. */
export function onisepContext(models: OnisepModels): OnisepContext {
  return {
    models,
    loaders: {
      metier: loaderByKey(models.Metier, "id"),
      formation: loaderByKey(models.Formation, "id"),
      metiersByRome: loaderByArrayField(models.Metier, "codesRome"),
      formationsByRome: loaderByArrayField(models.Formation, "codesRome"),
    },
  };
}
