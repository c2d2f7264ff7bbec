import type DataLoader from "dataloader";
import type { Connection } from "mongoose";
import { loaderByArrayField, loaderByKey } from "@prisme/common";
import { formationModel, type FormationDoc } from "./formation/formation.model";
import { metierModel, type MetierDoc } from "./metier/metier.model";
import { quizModels } from "./quiz/quiz.model";
import { domaineProfessionnelModel, romeModel, type DomaineProfessionnelDoc, type RomeDoc } from "./rome/rome.model";

export interface OnisepModels {
  Metier: ReturnType<typeof metierModel>;
  Formation: ReturnType<typeof formationModel>;
  Rome: ReturnType<typeof romeModel>;
  DomaineProfessionnel: ReturnType<typeof domaineProfessionnelModel>;
  QuizQuestion: ReturnType<typeof quizModels>["QuizQuestion"];
  QuizInteret: ReturnType<typeof quizModels>["QuizInteret"];
}

export interface OnisepContext {
  models: OnisepModels;
  loaders: {
    metier: DataLoader<string, MetierDoc | null>;
    formation: DataLoader<string, FormationDoc | null>;
    rome: DataLoader<string, RomeDoc | null>;
    domaineProfessionnel: DataLoader<string, DomaineProfessionnelDoc | null>;
    metiersByRome: DataLoader<string, MetierDoc[]>;
    formationsByRome: DataLoader<string, FormationDoc[]>;
    metiersBySousDomaine: DataLoader<string, MetierDoc[]>;
    formationsBySousDomaine: DataLoader<string, FormationDoc[]>;
  };
}

export function onisepModels(connection: Connection): OnisepModels {
  return {
    Metier: metierModel(connection),
    Formation: formationModel(connection),
    Rome: romeModel(connection),
    DomaineProfessionnel: domaineProfessionnelModel(connection),
    ...quizModels(connection),
  };
}

/** A fresh context per request: DataLoaders never outlive the request that filled them. */
export function onisepContext(models: OnisepModels): OnisepContext {
  return {
    models,
    loaders: {
      metier: loaderByKey(models.Metier, "id"),
      formation: loaderByKey(models.Formation, "id"),
      rome: loaderByKey(models.Rome, "code"),
      domaineProfessionnel: loaderByKey(models.DomaineProfessionnel, "code"),
      metiersByRome: loaderByArrayField(models.Metier, "codesRome"),
      formationsByRome: loaderByArrayField(models.Formation, "codesRome"),
      metiersBySousDomaine: loaderByArrayField(models.Metier, "sousDomaineKeys"),
      formationsBySousDomaine: loaderByArrayField(models.Formation, "sousDomaineKeys"),
    },
  };
}
