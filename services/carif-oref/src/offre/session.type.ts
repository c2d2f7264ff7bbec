import { DateLocale } from "@prisme/common";
import { Field, ObjectType } from "type-graphql";
import { AdresseOffre, ExtraLheo } from "./adresse.type";
import { EtatRecrutement } from "./etat-recrutement.enum";
import { PrecisionDate } from "./precision-date.enum";

@ObjectType("SessionFormation", { description: "A session of an offer: when it runs and whether it recruits." })
export class Session {
  @Field(() => String, { nullable: true, description: "LHEO session numero." })
  numero?: string | null;

  // LocalDate (YYYY-MM-DD), not a date-time: LHEO gives days, and a midnight UTC instant would show the day before in some zones.
  @Field(() => DateLocale, { nullable: true, description: "First day (provisional start, as LHEO says); a month given as AAAAMM00 becomes its first day; null if unknown." })
  debut!: string | null;

  @Field(() => DateLocale, { nullable: true, description: "Last day; a month given as AAAAMM00 becomes its last day; null if unknown." })
  fin!: string | null;

  @Field(() => PrecisionDate, { nullable: true, description: "How precise `debut` is (null when unknown)." })
  precisionDebut?: PrecisionDate | null;

  @Field(() => PrecisionDate, { nullable: true, description: "How precise `fin` is (null when unknown)." })
  precisionFin?: PrecisionDate | null;

  @Field(() => EtatRecrutement, { nullable: true, description: "Recruitment state; null if the organisme does not say." })
  etatRecrutement!: EtatRecrutement | null;

  @Field(() => AdresseOffre, { nullable: true, description: "Where to enrol (LHEO adresse-inscription)." })
  adresseInscription?: AdresseOffre | null;

  @Field(() => String, { nullable: true })
  modalitesInscription?: string | null;

  @Field(() => [ExtraLheo])
  extras?: ExtraLheo[];
}
