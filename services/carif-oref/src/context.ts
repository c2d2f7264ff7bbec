import type DataLoader from "dataloader";
import type { Connection } from "mongoose";
import { importRunModel, loaderByArrayField, loaderByKey, type ImportRunDoc } from "@prisme/common";
import type { Model } from "mongoose";
import { offreModel, type OffreDoc } from "./offre/offre.model";
import { organismeModel, type OrganismeDoc } from "./organisme/organisme.model";
import { certificationModel, type CertificationDoc } from "./certification/certification.model";
import { ficheRncpModel, type FicheRncpDoc } from "./certification/fiche-rncp.model";
import { searchIndexFor, type OffreSearchIndex } from "./search/offre-search.index";

export interface CarifOrefModels {
  Offre: Model<OffreDoc>;
  Organisme: Model<OrganismeDoc>;
  Certification: Model<CertificationDoc>;
  FicheRncp: Model<FicheRncpDoc>;
  ImportRun: Model<ImportRunDoc>;
}

export interface CarifOrefContext {
  models: CarifOrefModels;
  search: OffreSearchIndex;
  loaders: {
    offre: DataLoader<string, OffreDoc | null>;
    organisme: DataLoader<string, OrganismeDoc | null>;
    certification: DataLoader<string, CertificationDoc | null>;
    certificationByRncp: DataLoader<string, CertificationDoc[]>;
    certificationsByFormation: DataLoader<string, CertificationDoc[]>;
    ficheRncp: DataLoader<string, FicheRncpDoc | null>;
  };
}

/** The embedded FerretDB finds up to 500 _ids per query through its index (packages/embedded-db patches). */
const ID_BATCH = 500;

export function carifOrefModels(connection: Connection): CarifOrefModels {
  return {
    Offre: offreModel(connection),
    Organisme: organismeModel(connection),
    Certification: certificationModel(connection),
    FicheRncp: ficheRncpModel(connection),
    ImportRun: importRunModel(connection),
  };
}

/** A fresh context per request: DataLoaders never outlive the request that filled them. */
export function carifOrefContext(models: CarifOrefModels): CarifOrefContext {
  return {
    models,
    search: searchIndexFor(models),
    loaders: {
      // Records are keyed by their natural key in _id: a lookup by _id is the one FerretDB finds through an index.
      offre: loaderByKey(models.Offre, "_id", { maxBatchSize: ID_BATCH }),
      organisme: loaderByKey(models.Organisme, "_id", { maxBatchSize: ID_BATCH }),
      certification: loaderByKey(models.Certification, "_id", { maxBatchSize: ID_BATCH }),
      certificationByRncp: loaderByArrayField(models.Certification, "codeRncp"),
      certificationsByFormation: loaderByArrayField(models.Certification, "idsFormationOnisep"),
      ficheRncp: loaderByKey(models.FicheRncp, "_id", { maxBatchSize: ID_BATCH }),
    },
  };
}
