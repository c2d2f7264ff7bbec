import { Directive, Field, Float, ID, ObjectType } from "type-graphql";
import { Connection, DateLocale, FacetteValeur, Provenance } from "@prisme/common";
import { ActionFormation } from "./action.type";
import { ExtraLheo } from "./adresse.type";

@ObjectType("CodesCertification", { simpleResolvers: true, description: "Les codes de certification que cite une formation LHEO (RNCP, Certif Info, répertoire spécifique)." })
export class CodesCertification {
  @Field(() => String, { nullable: true, description: "Numéro RNCP, chiffres seuls." })
  codeRncp!: string | null;

  @Field(() => String, { nullable: true, description: "Code Certif Info." })
  codeCertifInfo!: string | null;

  @Field(() => String, { nullable: true, description: "Numéro au répertoire spécifique (RS)." })
  codeRs!: string | null;
}

@ObjectType("NiveauLheo", { simpleResolvers: true, description: "Un code du dictionnaire LHEO dict-niveaux et son libellé." })
export class NiveauLheo {
  @Field(() => String, { description: "Code du dictionnaire dict-niveaux." })
  code!: string;

  @Field(() => String, { description: "Libellé du niveau selon le dictionnaire." })
  libelle!: string;
}

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, description: "Une offre de formation continue (une formation LHEO) publiée par un Carif-Oref : formation, actions, sessions." })
export class OffreFormation {
  @Field(() => ID, { description: "Numéro LHEO de la formation, par exemple AUV-OF-000101." })
  id!: string;

  @Field(() => String, { description: "Intitulé de la formation." })
  intitule!: string;

  @Field(() => String, { nullable: true, description: "Objectif de la formation (élément LHEO objectif-formation ; peut contenir du HTML, tel que publié)." })
  objectif?: string | null;

  @Field(() => String, { nullable: true, description: "Résultats attendus (élément LHEO resultats-attendus)." })
  resultatsAttendus?: string | null;

  @Field(() => String, { nullable: true, description: "Contenu de la formation (élément LHEO contenu-formation)." })
  contenu?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Vrai si l'offre mène à une certification." })
  certifiante?: boolean | null;

  @Field(() => [String], { description: "Codes ROME 4.0 des métiers auxquels elle prépare." })
  codesRome!: string[];

  @Field(() => [String], { description: "Codes Formacode (le premier est le principal)." })
  formacodes?: string[];

  @Field(() => [String], { description: "Codes NSF (nomenclature des spécialités de formation)." })
  codesNsf?: string[];

  @Field(() => [CodesCertification], { description: "Les certifications citées par la formation." })
  codesCertifications?: CodesCertification[];

  @Field(() => String, { nullable: true, description: "Code du dictionnaire LHEO dict-type-parcours : 1 collectif, 2 individualisé, 3 modularisé, 4 mixte." })
  parcours?: string | null;

  @Field(() => [String], { description: "Adresses web de la formation." })
  urls?: string[];

  @Field(() => DateLocale, { nullable: true, description: "Date de création de l'offre chez son producteur (attribut LHEO datecrea) ; null si le flux ne la donne pas." })
  dateCreation?: string | null;

  @Field(() => DateLocale, { nullable: true, description: "Date de dernière mise à jour de l'offre chez son producteur (attribut LHEO datemaj) ; null si le flux ne la donne pas." })
  dateMiseAJour?: string | null;

  @Field(() => [ActionFormation], { description: "Les actions : les manières dont l'offre est dispensée." })
  actions!: ActionFormation[];

  @Field(() => [ExtraLheo], { description: "Extensions du flux attachées à la formation." })
  extras?: ExtraLheo[];

  @Field(() => Boolean, { description: "Vrai quand l'offre a disparu de son flux complet : gardée pour l'historique, absente des recherches." })
  retiree?: boolean;

  @Field(() => String, { nullable: true, description: "Version LHEO du flux d'où elle vient (2.2, 2.3) ; null pour les données de démonstration." })
  versionLheo?: string | null;

  @Field(() => Float, { nullable: true, description: "Distance en kilomètres au point d'une recherche par proximité (arrondie au centième) ; null ailleurs." })
  distanceKm?: number | null;

  @Field(() => Provenance, { description: "D'où vient l'offre : producteur, jeu de données, dernière mise à jour." })
  provenance!: Provenance;
}

@ObjectType({ simpleResolvers: true, description: "Décompte des offres par valeur de chaque filtre de offres(…)." })
export class FacettesOffres {
  @Field(() => [FacetteValeur], { description: "Par modalité d'enseignement (valeur à passer à l'argument modalite)." })
  modalite!: FacetteValeur[];

  @Field(() => [FacetteValeur], { description: "Certifiantes (true) ou non (false)." })
  certifiante!: FacetteValeur[];

  @Field(() => [FacetteValeur], { description: "Par financeur (code du dictionnaire LHEO dict-financeurs, à passer à l'argument financeur)." })
  financeur!: FacetteValeur[];

  @Field(() => [FacetteValeur], { description: "Par département d'un lieu de formation (code INSEE, à passer à l'argument departement)." })
  departement!: FacetteValeur[];

  @Field(() => [FacetteValeur], { description: "Par mois de début d'une session (AAAA-MM, à passer à l'argument moisDebut)." })
  moisDebut!: FacetteValeur[];

  @Field(() => [FacetteValeur], { description: "Avec une session qui recrute (true) ou non (false)." })
  recrutementOuvert!: FacetteValeur[];
}

export const OffreFormationConnection = Connection(OffreFormation, { facettes: FacettesOffres });
