import { ArgsType, Field, ID } from "type-graphql";
import { ConnectionArgs } from "@prisme/common";
import { PresDeInput } from "../common/near.input";
import { EtatEtablissement, Secteur, TypeEtablissement, Voie } from "./etablissement.enum";

@ArgsType()
export class EtablissementsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: "Words of the name: accents and case ignored, prefixes and one typo allowed (e.g. \"lycee blaise pasc\")." })
  texte?: string | null;

  @Field(() => [TypeEtablissement], { nullable: true, description: "Only these kinds (e.g. [LYCEE])." })
  types?: TypeEtablissement[] | null;

  @Field(() => Secteur, { nullable: true })
  secteur?: Secteur | null;

  @Field(() => [EtatEtablissement], { nullable: true, description: "Only in these states (default: all, closed ones included)." })
  etats?: EtatEtablissement[] | null;

  @Field(() => String, { nullable: true, description: "INSEE commune code, e.g. 63113." })
  codeCommune?: string | null;

  @Field(() => String, { nullable: true, description: "INSEE département code, e.g. 63." })
  departement?: string | null;

  @Field(() => String, { nullable: true, description: "Académie code, e.g. 06." })
  academie?: string | null;

  @Field(() => Voie, { nullable: true })
  voie?: Voie | null;

  @Field(() => Boolean, { nullable: true, description: "true: only those that train apprentices." })
  apprentissage?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "true: only those with a boarding school." })
  internat?: boolean | null;

  @Field(() => ID, { nullable: true, description: "Onisep formation id (FOR.nnnn): only those that teach it." })
  formation?: string | null;

  @Field(() => PresDeInput, { nullable: true, description: "Only those within rayonKm of the point, nearest first." })
  presDe?: PresDeInput | null;
}

@ArgsType()
export class CiosArgs extends ConnectionArgs {
  @Field(() => PresDeInput, { nullable: true, description: "Only those within rayonKm of the point, nearest first." })
  presDe?: PresDeInput | null;
}
