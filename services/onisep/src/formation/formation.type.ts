import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Connection, Provenance } from "@prisme/common";
import { DomaineSousDomaine } from "../common/domaine.type";

@ObjectType({ description: "The kind of diploma or course (sigle and libellé of Onisep's type de formation)." })
export class TypeFormation {
  @Field(() => String, { nullable: true, description: "e.g. BTS, CAP, BUT (blank for many school diplomas)." })
  sigle!: string | null;

  @Field(() => String, { nullable: true, description: "e.g. brevet de technicien supérieur." })
  libelle!: string | null;
}

@ObjectType({ description: "The level of a formation in the European framework (3 = CAP … 8 = doctorat)." })
export class NiveauFormation {
  @Field(() => Int, { nullable: true, description: "European level 3–8; null when the formation has no RNCP level." })
  europeen!: number | null;

  @Field(() => String, { description: 'As written by Onisep, e.g. "niveau 5 (bac + 2)" or "non inscrit au RNCP".' })
  libelle!: string;

  @Field(() => String, { nullable: true, description: "The export's raw \"niveau RNCP\" value (old French nomenclature: 5 = CAP, 4 = bac, 3 = bac+2, 2 = bac+3/4, 1 = bac+5)." })
  valeurSource!: string | null;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: "A formation initiale (course of study) as described by Onisep." })
export class Formation {
  @Field(() => ID, { description: "Onisep id, e.g. FOR.1234." })
  id!: string;

  @Field(() => String)
  libelle!: string;

  @Field(() => String, { nullable: true, description: "Short name of the diploma (e.g. BTS, CAP)." })
  sigle?: string | null;

  @Field(() => TypeFormation, { nullable: true })
  type?: TypeFormation | null;

  @Field(() => String, { nullable: true, description: 'Duration as written by Onisep ("2 ans").' })
  duree?: string | null;

  @Field(() => NiveauFormation, { nullable: true })
  niveau?: NiveauFormation | null;

  @Field(() => String, { nullable: true, description: "RNCP number (France compétences), without the RNCP prefix." })
  codeRncp?: string | null;

  @Field(() => String, { nullable: true, description: "CNIS code of the diploma family." })
  codeCnis?: string | null;

  @Field(() => String, { nullable: true, description: "The ministry or body responsible for the diploma." })
  tutelle?: string | null;

  @Field(() => [DomaineSousDomaine])
  domaines?: DomaineSousDomaine[];

  @Field(() => String, { nullable: true, description: "The formation's page on onisep.fr." })
  urlOnisep?: string | null;

  @Field(() => [String], { description: "ROME codes of the métiers it leads to." })
  codesRome!: string[];

  sousDomaineKeys?: string[];

  @Field(() => Provenance)
  provenance!: Provenance;
}

export const FormationConnection = Connection(Formation);
