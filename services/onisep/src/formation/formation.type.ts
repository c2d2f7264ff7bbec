import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Connection, FacetteValeur, PageInfo, Provenance } from "@prisme/common";
import { DomaineSousDomaine } from "../common/domaine.type";

@ObjectType({ simpleResolvers: true, description: "Le type de diplôme ou de cursus : sigle et libellé du type de formation Onisep." })
export class TypeFormation {
  @Field(() => String, { nullable: true, description: "Sigle, par exemple BTS, CAP, BUT ; vide pour de nombreux diplômes scolaires." })
  sigle!: string | null;

  @Field(() => String, { nullable: true, description: "Libellé, par exemple « brevet de technicien supérieur »." })
  libelle!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "Le niveau d'une formation dans le cadre européen des certifications (3 = CAP … 8 = doctorat)." })
export class NiveauFormation {
  @Field(() => Int, { nullable: true, description: "Niveau européen, de 3 à 8 ; null quand la formation n'a pas de niveau RNCP." })
  europeen!: number | null;

  @Field(() => String, { description: "Libellé Onisep, par exemple « niveau 5 (bac + 2) » ou « non inscrit au RNCP »." })
  libelle!: string;

  @Field(() => String, { nullable: true, description: "Valeur brute de la colonne « niveau RNCP » de l'export (ancienne nomenclature : 5 = CAP, 4 = bac, 3 = bac + 2, 2 = bac + 3 ou 4, 1 = bac + 5)." })
  valeurSource!: string | null;
}

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, description: "Une formation initiale, telle que la décrit l'Onisep (export Idéo-Formations initiales)." })
export class Formation {
  @Field(() => ID, { description: "Identifiant Onisep de la formation, par exemple FOR.1234." })
  id!: string;

  @Field(() => String, { description: "Libellé Onisep de la formation." })
  libelle!: string;

  @Field(() => String, { nullable: true, description: "Sigle du diplôme, par exemple BTS ou CAP." })
  sigle?: string | null;

  @Field(() => TypeFormation, { nullable: true, description: "Type de formation ; null si l'export n'en donne pas." })
  type?: TypeFormation | null;

  @Field(() => String, { nullable: true, description: "Durée, telle qu'écrite par l'Onisep (« 2 ans »)." })
  duree?: string | null;

  @Field(() => NiveauFormation, { nullable: true, description: "Niveau de la formation ; null si l'export n'en donne pas." })
  niveau?: NiveauFormation | null;

  @Field(() => String, { nullable: true, description: "Numéro de la fiche RNCP (France compétences), sans le préfixe RNCP." })
  codeRncp?: string | null;

  @Field(() => String, { nullable: true, description: "Code CNIS de la famille de diplômes." })
  codeCnis?: string | null;

  @Field(() => String, { nullable: true, description: "Ministère ou organisme qui délivre le diplôme." })
  tutelle?: string | null;

  @Field(() => [DomaineSousDomaine], { description: "Domaines et sous-domaines Onisep de la formation." })
  domaines?: DomaineSousDomaine[];

  @Field(() => String, { nullable: true, description: "Adresse de la fiche de la formation sur onisep.fr." })
  urlOnisep?: string | null;

  @Field(() => [String], { description: "Codes ROME des métiers auxquels elle mène, quand une source les donne (l'export Onisep n'en donne pas)." })
  codesRome!: string[];

  @Field(() => Provenance, { description: "D'où vient la fiche : producteur, jeu de données, dernière mise à jour." })
  provenance!: Provenance;
}

@ObjectType({ simpleResolvers: true, description: "Décompte des formations par valeur de chaque filtre de formations(…)." })
export class FacettesFormations {
  @Field(() => [FacetteValeur], { description: "Par niveau européen (valeur à passer à l'argument niveau)." })
  niveau!: FacetteValeur[];

  @Field(() => [FacetteValeur], { description: "Par type de formation (valeur à passer à l'argument type)." })
  type!: FacetteValeur[];

  @Field(() => [FacetteValeur], { description: "Par domaine Onisep (valeur à passer à l'argument domaine)." })
  domaine!: FacetteValeur[];
}

export const FormationConnection = Connection(Formation, { facettes: FacettesFormations });

/** How a formation is linked to a métier in Metier.formations. */
export enum LienMetierFormation {
  CODE_ROME = "CODE_ROME",
  SOUS_DOMAINE = "SOUS_DOMAINE",
}

registerEnumType(LienMetierFormation, {
  name: "LienMetierFormation",
  description: "Comment une formation est rattachée à un métier.",
  valuesConfig: {
    CODE_ROME: { description: "Elle prépare à un code ROME du métier." },
    SOUS_DOMAINE: { description: "Aucune formation ne partage de code ROME avec le métier : elle partage un sous-domaine Onisep avec lui." },
  },
});

@ObjectType({ simpleResolvers: true, description: "Une formation qui mène au métier, et comment elle y est rattachée." })
export class MetierFormationEdge {
  @Field(() => String, { description: "Curseur de cet élément : à passer à `after` pour obtenir les suivants." })
  cursor!: string;

  @Field(() => Formation, { description: "La formation." })
  node!: Formation;

  @Field(() => LienMetierFormation, { description: "Le rattachement : par code ROME, ou à défaut par sous-domaine Onisep." })
  lien!: LienMetierFormation;
}

@ObjectType({ simpleResolvers: true, description: "Une page des formations qui mènent à un métier (connexion Relay) : chaque élément dit comment la formation est rattachée." })
export class MetierFormationConnection {
  @Field(() => Int, { description: "Nombre de formations de la liste entière, toutes pages confondues." })
  totalCount!: number;

  @Field(() => [MetierFormationEdge], { description: "Les formations de cette page, chacune avec son curseur et son rattachement." })
  edges!: MetierFormationEdge[];

  @Field(() => [Formation], { description: "Les formations de cette page, sans curseur." })
  nodes!: Formation[];

  @Field(() => PageInfo, { description: "Où se situe cette page dans la liste." })
  pageInfo!: PageInfo;
}
