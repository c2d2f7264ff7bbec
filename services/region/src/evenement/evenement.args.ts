import { ArgsType, Field, Float, ID, InputType } from "type-graphql";
import { ConnectionArgs, DateHeureISO } from "@prisme/common";
import { PublicStructure } from "../structure/structure.enum";
import { TypeEvenement } from "./evenement.enum";

@ArgsType()
export class EvenementsArgs extends ConnectionArgs {
  @Field(() => DateHeureISO, { nullable: true, description: "Events not yet over at this instant (default: now: past events are left out)." })
  du?: Date | null;

  @Field(() => DateHeureISO, { nullable: true, description: "Events starting at or before this instant." })
  au?: Date | null;

  @Field(() => Float, { nullable: true })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  longitude?: number | null;

  @Field(() => String, { nullable: true, description: "INSEE code of a commune: events around its centre." })
  commune?: string | null;

  @Field(() => Float, { nullable: true, description: "Radius around the point, in km (default 30, at most 200). Online events have no point and are left out of a search near a point." })
  rayonKm?: number | null;

  @Field(() => TypeEvenement, { nullable: true })
  type?: TypeEvenement | null;

  @Field(() => ID, { nullable: true, description: "Only the events about this métier (Metier.id)." })
  metier?: string | null;

  @Field(() => ID, { nullable: true, description: "Only the events about this formation (Formation.id)." })
  formation?: string | null;
}

@InputType({ description: "An event to create. Either a commune (place) or a url (online)." })
export class EvenementInput {
  @Field(() => TypeEvenement)
  type!: TypeEvenement;

  @Field(() => String)
  titre!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => DateHeureISO, { description: "Start instant, with its offset (Europe/Paris: +01:00 in winter, +02:00 in summer)." })
  debut!: Date;

  @Field(() => DateHeureISO)
  fin!: Date;

  @Field(() => String, { nullable: true, description: "INSEE code of the commune where it takes place." })
  commune?: string | null;

  @Field(() => Float, { nullable: true, description: "Exact point (with longitude); default: the commune's centre." })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  longitude?: number | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => ID, { nullable: true, description: "Organiser: a StructureSpro id." })
  organisateurStructure?: string | null;

  @Field(() => ID, { nullable: true, description: "Organiser: an établissement's UAI." })
  organisateurUai?: string | null;

  @Field(() => [PublicStructure], { nullable: true })
  publics?: PublicStructure[] | null;

  @Field(() => String, { nullable: true })
  inscription?: string | null;

  @Field(() => [ID], { nullable: true })
  metierIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  formationIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "UAIs of the établissements concerned (open days)." })
  uais?: string[] | null;
}
