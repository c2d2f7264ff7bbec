import { Field, Float, ID, InputType } from "type-graphql";
import { DateHeureISO } from "@prisme/common";
import { PublicStructure } from "../structure/structure.enum";
import { TypeEvenement } from "./evenement.enum";

@InputType({ description: "Un événement à créer ou à remplacer, tous ses champs : un lieu (codeCommune) ou une adresse en ligne (url), ou les deux." })
export class EvenementInput {
  @Field(() => TypeEvenement, { description: "Son genre." })
  type!: TypeEvenement;

  @Field(() => String, { description: "Son titre, non vide." })
  titre!: string;

  @Field(() => String, { nullable: true, description: "Présentation libre ; null si aucune." })
  description?: string | null;

  @Field(() => DateHeureISO, {
    description: "Début : un instant ISO 8601 avec son décalage horaire (Paris : +01:00 en hiver, +02:00 en été), par exemple 2026-12-05T09:00:00+01:00.",
  })
  debut!: Date;

  @Field(() => DateHeureISO, { description: "Fin : un instant ISO 8601 avec son décalage horaire, au plus tôt le début." })
  fin!: Date;

  @Field(() => String, { nullable: true, description: "Code INSEE de la commune où il a lieu, par exemple 63113 ; sans commune, url est obligatoire (événement en ligne)." })
  codeCommune?: string | null;

  @Field(() => String, { nullable: true, deprecationReason: "Use codeCommune.", description: "Ancien nom de codeCommune." })
  commune?: string | null;

  @Field(() => Float, { nullable: true, description: "Latitude du point exact, en degrés décimaux WGS 84, avec longitude ; par défaut, le centre de la commune." })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: "Longitude du point exact, en degrés décimaux WGS 84, avec latitude ; par défaut, le centre de la commune." })
  longitude?: number | null;

  @Field(() => String, { nullable: true, description: "Adresse http ou https où suivre l'événement en ligne." })
  url?: string | null;

  @Field(() => ID, { nullable: true, description: "Organisateur : identifiant d'une structure du SPRO (StructureSpro.id)." })
  organisateurStructure?: string | null;

  @Field(() => ID, { nullable: true, description: "Organisateur : UAI d'un établissement, par exemple 0631601Y ; il compte aussi parmi les établissements concernés." })
  organisateurUai?: string | null;

  @Field(() => [PublicStructure], { nullable: true, description: "Les publics à qui il s'adresse ; aucun par défaut." })
  publics?: PublicStructure[] | null;

  @Field(() => String, { nullable: true, description: "Comment s'inscrire (une adresse ou une phrase) ; null si l'entrée est libre." })
  inscription?: string | null;

  @Field(() => [ID], { nullable: true, description: "Identifiants Onisep des métiers concernés, par exemple MET.105." })
  metierIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Identifiants Onisep des formations concernées, par exemple FOR.1234." })
  formationIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "UAI des établissements concernés (journées portes ouvertes…), par exemple 0631601Y." })
  uais?: string[] | null;
}
