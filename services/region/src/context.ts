import type DataLoader from "dataloader";
import type { Connection } from "mongoose";
import { loaderByArrayField, loaderByKey } from "@prisme/common";
import { communeModel, type CommuneDoc } from "./commune/commune.model";
import { departementModel, type DepartementDoc } from "./departement/departement.model";
import { regionModel, type RegionDoc } from "./region/region.model";

export interface RegionModels {
  Region: ReturnType<typeof regionModel>;
  Departement: ReturnType<typeof departementModel>;
  Commune: ReturnType<typeof communeModel>;
}

export interface RegionContext {
  models: RegionModels;
  loaders: {
    region: DataLoader<string, RegionDoc | null>;
    departement: DataLoader<string, DepartementDoc | null>;
    commune: DataLoader<string, CommuneDoc | null>;
    departementsByRegion: DataLoader<string, DepartementDoc[]>;
  };
}

export function regionModels(connection: Connection): RegionModels {
  return { Region: regionModel(connection), Departement: departementModel(connection), Commune: communeModel(connection) };
}

/** A fresh context per request: DataLoaders never outlive the request that filled them. */
export function regionContext(models: RegionModels): RegionContext {
  return {
    models,
    loaders: {
      region: loaderByKey(models.Region, "code"),
      departement: loaderByKey(models.Departement, "code"),
      commune: loaderByKey(models.Commune, "code"),
      departementsByRegion: loaderByArrayField(models.Departement, "codeRegion"),
    },
  };
}
