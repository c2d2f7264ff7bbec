import type DataLoader from "dataloader";
import type { Connection } from "mongoose";
import { loaderByArrayField, loaderByKey } from "@prisme/common";
import { etablissementModel, type EtablissementDoc } from "./etablissement/etablissement.model";

export interface RectoratModels {
  Etablissement: ReturnType<typeof etablissementModel>;
}

export interface RectoratContext {
  models: RectoratModels;
  loaders: {
    etablissement: DataLoader<string, EtablissementDoc | null>;
    etablissementsByFormation: DataLoader<string, EtablissementDoc[]>;
  };
}

export function rectoratModels(connection: Connection): RectoratModels {
  return { Etablissement: etablissementModel(connection) };
}

/** A fresh context per request: DataLoaders never outlive the request that filled them. */
export function rectoratContext(models: RectoratModels): RectoratContext {
  return {
    models,
    loaders: {
      etablissement: loaderByKey(models.Etablissement, "uai"),
      etablissementsByFormation: loaderByArrayField(models.Etablissement, "formationIds"),
    },
  };
}
