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
    offresByRome: DataLoader<string, OffreDoc[]>;
    offresByInsee: DataLoader<string, OffreDoc[]>;
    offresBySiret: DataLoader<string, OffreDoc[]>;
    offresByCertifInfo: DataLoader<string, OffreDoc[]>;
    offresByRncp: DataLoader<string, OffreDoc[]>;
    organisme: DataLoader<string, OrganismeDoc | null>;
    certification: DataLoader<string, CertificationDoc | null>;
    certificationByRncp: DataLoader<string, CertificationDoc[]>;
    certificationsByFormation: DataLoader<string, CertificationDoc[]>;
    ficheRncp: DataLoader<string, FicheRncpDoc | null>;
  };
}

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
      offre: loaderByKey(models.Offre, "id"),
      offresByRome: loaderByArrayField(models.Offre, "codesRome"),
      offresByInsee: loaderByArrayField(models.Offre, "codesInsee"),
      offresBySiret: loaderByArrayField(models.Offre, "siretOrganisme"),
      offresByCertifInfo: loaderByArrayField(models.Offre, "codesCertifInfo"),
      offresByRncp: loaderByArrayField(models.Offre, "codesRncp"),
      organisme: loaderByKey(models.Organisme, "siret"),
      certification: loaderByKey(models.Certification, "id"),
      certificationByRncp: loaderByArrayField(models.Certification, "codeRncp"),
      certificationsByFormation: loaderByArrayField(models.Certification, "idsFormationOnisep"),
      ficheRncp: loaderByKey(models.FicheRncp, "numero"),
    },
  };
}
