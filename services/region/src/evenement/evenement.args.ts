import { ArgsType, Field, ID } from "type-graphql";
import { DateHeureISO } from "@prisme/common";
import { ProximiteArgs } from "../common/proximite.args";
import { TypeEvenement } from "./evenement.enum";

@ArgsType()
export class EvenementsArgs extends ProximiteArgs {
  @Field(() => DateHeureISO, {
    nullable: true,
    description: "Seulement les événements pas encore finis à cet instant (ISO 8601) ; par défaut maintenant, si bien que les événements passés sont écartés.",
  })
  du?: Date | null;

  @Field(() => DateHeureISO, { nullable: true, description: "Seulement les événements qui commencent à cet instant (ISO 8601) ou avant." })
  au?: Date | null;

  @Field(() => TypeEvenement, { nullable: true, description: "Seulement les événements de ce genre." })
  type?: TypeEvenement | null;

  @Field(() => ID, { nullable: true, description: "Seulement les événements qui concernent ce métier : son identifiant Onisep (Metier.id), par exemple MET.105." })
  metier?: string | null;

  @Field(() => ID, { nullable: true, description: "Seulement les événements qui concernent cette formation : son identifiant Onisep (Formation.id), par exemple FOR.1234." })
  formation?: string | null;
}
