import { DateLocale } from "@prisme/common";
import { Field, ObjectType } from "type-graphql";
import { AdresseOffre, ExtraLheo } from "./adresse.type";
import { EtatRecrutement } from "./etat-recrutement.enum";
import { PrecisionDate } from "./precision-date.enum";

@ObjectType("SessionFormation", { simpleResolvers: true, description: "Une session d'une offre : quand elle a lieu et si elle recrute." })
export class Session {
  @Field(() => String, { nullable: true, description: "Numéro LHEO de la session." })
  numero?: string | null;

  @Field(() => DateLocale, { nullable: true, description: "Date de création de la session chez son producteur (attribut LHEO datecrea) ; null si le flux ne la donne pas." })
  dateCreation?: string | null;

  @Field(() => DateLocale, { nullable: true, description: "Date de dernière mise à jour de la session (attribut LHEO datemaj) ; null si le flux ne la donne pas." })
  dateMiseAJour?: string | null;

  // LocalDate (YYYY-MM-DD), not a date-time: LHEO gives days, and a midnight UTC instant would show the day before in some zones.
  @Field(() => DateLocale, { nullable: true, description: "Premier jour (début prévisionnel, comme le dit LHEO) ; un mois donné en AAAAMM00 devient son premier jour ; null s'il est inconnu." })
  debut!: string | null;

  @Field(() => DateLocale, { nullable: true, description: "Dernier jour ; un mois donné en AAAAMM00 devient son dernier jour ; null s'il est inconnu." })
  fin!: string | null;

  @Field(() => PrecisionDate, { nullable: true, description: "Précision de `debut` ; null s'il est inconnu." })
  precisionDebut?: PrecisionDate | null;

  @Field(() => PrecisionDate, { nullable: true, description: "Précision de `fin` ; null s'il est inconnu." })
  precisionFin?: PrecisionDate | null;

  @Field(() => EtatRecrutement, { nullable: true, description: "État du recrutement ; null si l'organisme ne le dit pas." })
  etatRecrutement!: EtatRecrutement | null;

  @Field(() => AdresseOffre, { nullable: true, description: "Où s'inscrire (élément LHEO adresse-inscription)." })
  adresseInscription?: AdresseOffre | null;

  @Field(() => String, { nullable: true, description: "Comment s'inscrire, tel que l'écrit l'organisme." })
  modalitesInscription?: string | null;

  @Field(() => [ExtraLheo], { description: "Extensions du flux attachées à la session." })
  extras?: ExtraLheo[];
}
