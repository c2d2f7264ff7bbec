import type DataLoader from "dataloader";
import type { Connection } from "mongoose";
import { loaderByArrayField, loaderByKey } from "@prisme/common";
import { etablissementModel, type EtablissementDoc } from "./etablissement/etablissement.model";
import { insertionModel, type InsertionDoc } from "./insertion/insertion.model";
import { lienCfdOnisepModel, type LienCfdOnisepDoc } from "./lien/lien-cfd-onisep.model";
import { mefModel, type MefDoc } from "./mef/mef.model";
import { offreModel, type OffreDoc } from "./offre/offre.model";
import { loaderOuEnseignee, type Enseignement } from "./formation/formation.loader";
import { EtablissementSearch } from "./search/etablissement.search";

export interface RectoratModels {
  Etablissement: ReturnType<typeof etablissementModel>;
  Offre: ReturnType<typeof offreModel>;
  Mef: ReturnType<typeof mefModel>;
  LienCfdOnisep: ReturnType<typeof lienCfdOnisepModel>;
  Insertion: ReturnType<typeof insertionModel>;
  /** Not a collection: the search index, which startService initialises like the models. */
  search: EtablissementSearch;
}

export interface RectoratContext {
  models: RectoratModels;
  loaders: {
    etablissement: DataLoader<string, EtablissementDoc | null>;
    etablissementsByCommune: DataLoader<string, EtablissementDoc[]>;
    offresByUai: DataLoader<string, OffreDoc[]>;
    mefByStat11: DataLoader<string, MefDoc | null>;
    lienByCfd: DataLoader<string, LienCfdOnisepDoc | null>;
    insertionsByUai: DataLoader<string, InsertionDoc[]>;
    ouEnseignee: DataLoader<string, Enseignement[]>;
  };
}

/** The models of the subgraph; `eagerSearch` (the server) builds the search index at start and polls imports. */
export function rectoratModels(connection: Connection, options: { eagerSearch?: boolean } = {}): RectoratModels {
  const base = {
    Etablissement: etablissementModel(connection),
    Offre: offreModel(connection),
    Mef: mefModel(connection),
    LienCfdOnisep: lienCfdOnisepModel(connection),
    Insertion: insertionModel(connection),
  };
  const pollMs = Number(process.env.RECTORAT_SEARCH_REFRESH_MS ?? 5000);
  return { ...base, search: new EtablissementSearch(connection, base, { eager: options.eagerSearch ?? false, pollMs }) };
}

/** A fresh context per request: DataLoaders never outlive the request that filled them. */
export function rectoratContext(models: RectoratModels): RectoratContext {
  return {
    models,
    loaders: {
      etablissement: loaderByKey(models.Etablissement, "uai"),
      etablissementsByCommune: loaderByArrayField(models.Etablissement, "codeCommune"),
      offresByUai: loaderByArrayField(models.Offre, "uai"),
      mefByStat11: loaderByKey(models.Mef, "mefStat11"),
      lienByCfd: loaderByKey(models.LienCfdOnisep, "cfd"),
      insertionsByUai: loaderByArrayField(models.Insertion, "uai"),
      ouEnseignee: loaderOuEnseignee(models),
    },
  };
}
