import { Field, Float, Int, ObjectType } from "type-graphql";
import { DateLocale } from "@prisme/common";
import { Commune } from "../commune/commune.type";
import { AdresseOffre, ExtraLheo } from "./adresse.type";
import { ModaliteEnseignement } from "./modalite-enseignement.enum";
import { Session } from "./session.type";

@ObjectType("LieuFormation", { simpleResolvers: true, description: "Où une action est dispensée (élément LHEO lieu-de-formation)." })
export class LieuFormation {
  @Field(() => String, { nullable: true, description: "Nom du lieu (première ligne de ses coordonnées)." })
  nom!: string | null;

  @Field(() => String, { nullable: true, description: "SIRET du lieu, 14 chiffres, quand le flux le donne." })
  siret!: string | null;

  @Field(() => String, { nullable: true, description: "UAI du lieu quand c'est un établissement scolaire." })
  uai!: string | null;

  @Field(() => AdresseOffre, { description: "Adresse du lieu." })
  adresse!: AdresseOffre;

  @Field(() => Commune, { nullable: true, description: "La commune (sous-graphe region), d'après le code INSEE ; null si le flux n'en donne pas." })
  commune?: Commune | null;
}

@ObjectType("FinanceurFormation", { simpleResolvers: true, description: "Qui finance des places sur une action (élément LHEO organisme-financeur, dictionnaire dict-financeurs)." })
export class Financeur {
  @Field(() => String, { description: "Code du dictionnaire LHEO dict-financeurs, par exemple 2 (conseil régional)." })
  code!: string;

  @Field(() => String, { nullable: true, description: "Libellé du financeur selon le dictionnaire ; null pour un code inconnu du dictionnaire." })
  libelle?: string | null;

  @Field(() => Int, { nullable: true, description: "Nombre de places financées ; null si le flux ne le dit pas." })
  nbPlacesFinancees!: number | null;
}

@ObjectType("OrganismeFormateur", { simpleResolvers: true, description: "L'organisme qui dispense une action, quand ce n'est pas l'organisme responsable." })
export class OrganismeFormateur {
  @Field(() => String, { description: "SIRET de l'organisme formateur, 14 chiffres." })
  siret!: string;

  @Field(() => String, { nullable: true, description: "Raison sociale de l'organisme formateur." })
  raisonSociale!: string | null;
}

@ObjectType("ActionFormation", { simpleResolvers: true, description: "Une action LHEO : une manière de dispenser l'offre (lieu, rythme, public, financement), avec ses sessions." })
export class ActionFormation {
  @Field(() => String, { nullable: true, description: "Numéro LHEO de l'action." })
  numero!: string | null;

  @Field(() => DateLocale, { nullable: true, description: "Date de création de l'action chez son producteur (attribut LHEO datecrea) ; null si le flux ne la donne pas." })
  dateCreation?: string | null;

  @Field(() => DateLocale, { nullable: true, description: "Date de dernière mise à jour de l'action (attribut LHEO datemaj) ; null si le flux ne la donne pas." })
  dateMiseAJour?: string | null;

  @Field(() => String, { nullable: true, description: "Rythme de la formation (temps plein, temps partiel…), tel qu'écrit par l'organisme." })
  rythme!: string | null;

  @Field(() => [String], { description: "Codes Formacode des publics visés (élément LHEO code-public-vise)." })
  codesPublicVise!: string[];

  @Field(() => String, { nullable: true, description: "Précisions sur le public visé, telles qu'écrites par l'organisme." })
  infoPublicVise!: string | null;

  @Field(() => Boolean, { nullable: true, description: "Vrai si le niveau d'entrée est exigé." })
  niveauEntreeObligatoire!: boolean | null;

  @Field(() => String, { nullable: true, description: "Modalités de l'alternance, telles qu'écrites par l'organisme." })
  modalitesAlternance!: string | null;

  @Field(() => ModaliteEnseignement, { nullable: true, description: "En présentiel, à distance ou les deux ; null si le flux ne le dit pas." })
  modaliteEnseignement!: ModaliteEnseignement | null;

  @Field(() => String, { nullable: true, description: "Conditions d'accès particulières." })
  conditionsSpecifiques!: string | null;

  @Field(() => Boolean, { nullable: true, description: "Vrai si une prise en charge des frais est possible." })
  priseEnChargeFraisPossible!: boolean | null;

  @Field(() => [LieuFormation], { description: "Les lieux où l'action est dispensée." })
  lieux!: LieuFormation[];

  @Field(() => Boolean, { nullable: true, description: "Vrai : entrées et sorties toute l'année ; faux : à dates fixes." })
  entreesSortiesPermanentes!: boolean | null;

  @Field(() => [String], { description: "Adresses web de l'action." })
  urls!: string[];

  @Field(() => String, { nullable: true, description: "Durée indicative, telle qu'écrite par l'organisme." })
  dureeIndicative!: string | null;

  @Field(() => Int, { nullable: true, description: "Nombre d'heures en centre." })
  nombreHeuresCentre!: number | null;

  @Field(() => Int, { nullable: true, description: "Nombre d'heures en entreprise." })
  nombreHeuresEntreprise!: number | null;

  @Field(() => Int, { nullable: true, description: "Nombre d'heures au total." })
  nombreHeuresTotal!: number | null;

  @Field(() => String, { nullable: true, description: "Prix total TTC tel que publié, en texte.", deprecationReason: "Use prixTotalTTCEuros, the same price as a number of euros." })
  prixTotalTTC!: string | null;

  @Field(() => Float, { nullable: true, description: "Prix total toutes taxes comprises, en euros ; null si le flux n'en donne pas ou si ce n'est pas un nombre." })
  prixTotalTTCEuros?: number | null;

  @Field(() => [OrganismeFormateur], { description: "Les organismes qui dispensent l'action, quand ce n'est pas l'organisme responsable." })
  organismesFormateurs!: OrganismeFormateur[];

  @Field(() => [Financeur], { description: "Les financeurs de places sur l'action." })
  financeurs!: Financeur[];

  @Field(() => String, { nullable: true, description: "Hébergement proposé, tel qu'écrit par l'organisme." })
  hebergement!: string | null;

  @Field(() => String, { nullable: true, description: "Restauration proposée, telle qu'écrite par l'organisme." })
  restauration!: string | null;

  @Field(() => String, { nullable: true, description: "Transports, tels qu'écrits par l'organisme." })
  transport!: string | null;

  @Field(() => String, { nullable: true, description: "Accès des personnes handicapées, tel qu'écrit par l'organisme." })
  accesHandicapes!: string | null;

  @Field(() => [String], { description: "Langues d'enseignement (codes ISO 639-1)." })
  langues!: string[];

  @Field(() => [Session], { description: "Les sessions de l'action." })
  sessions!: Session[];

  @Field(() => [ExtraLheo], { description: "Extensions du flux attachées à l'action." })
  extras!: ExtraLheo[];
}
