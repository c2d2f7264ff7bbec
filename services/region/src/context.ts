import type DataLoader from "dataloader";
import type { Connection } from "mongoose";
import { loaderByArrayField, loaderByKey } from "@prisme/common";
import { communeModel, type CommuneDoc } from "./commune/commune.model";
import { departementModel, type DepartementDoc } from "./departement/departement.model";
import { regionModel, type RegionDoc } from "./region/region.model";
import { structureModel, type StructureDoc } from "./structure/structure.model";
import { evenementModel, type EvenementDoc } from "./evenement/evenement.model";

export interface RegionModels {
  Region: ReturnType<typeof regionModel>;
  Departement: ReturnType<typeof departementModel>;
  Commune: ReturnType<typeof communeModel>;
  StructureSpro: ReturnType<typeof structureModel>;
  Evenement: ReturnType<typeof evenementModel>;
}

export interface RegionContext {
  models: RegionModels;
  loaders: {
    region: DataLoader<string, RegionDoc | null>;
    departement: DataLoader<string, DepartementDoc | null>;
    commune: DataLoader<string, CommuneDoc | null>;
    departementsByRegion: DataLoader<string, DepartementDoc[]>;
    structure: DataLoader<string, StructureDoc | null>;
    evenement: DataLoader<string, EvenementDoc | null>;
  };
  /** The caller's Authorization header (administrators: Bearer PRISME_ADMIN_TOKEN), when the server hands it over. */
  authorization?: string;
}

export function regionModels(connection: Connection): RegionModels {
  return { Region: regionModel(connection), Departement: departementModel(connection), Commune: communeModel(connection), StructureSpro: structureModel(connection), Evenement: evenementModel(connection) };
}

/** A fresh context per request: DataLoaders never outlive the request that filled them. */
export function regionContext(models: RegionModels, request?: { headers?: Record<string, string | string[] | undefined> }): RegionContext {
  const authorization = request?.headers?.authorization;
  return {
    models,
    authorization: typeof authorization === "string" ? authorization : undefined,
    loaders: {
      region: loaderByKey(models.Region, "code"),
      departement: loaderByKey(models.Departement, "code"),
      commune: loaderByKey(models.Commune, "code"),
      departementsByRegion: loaderByArrayField(models.Departement, "codeRegion"),
      structure: loaderByKey(models.StructureSpro, "id"),
      evenement: loaderByKey(models.Evenement, "id"),
    },
  };
}
