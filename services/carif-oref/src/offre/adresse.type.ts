import { Field, ObjectType } from "type-graphql";
import { Coordonnees } from "@prisme/common";

@ObjectType("AdresseOffre", { description: "A postal address of an LHEO feed (lieu de formation, inscription, organisme)." })
export class AdresseOffre {
  @Field(() => [String], { description: "Address lines (LHEO ligne, 1 to 4)." })
  lignes!: string[];

  @Field(() => String, { nullable: true })
  codePostal!: string | null;

  @Field(() => String, { nullable: true })
  ville!: string | null;

  @Field(() => String, { nullable: true, description: "INSEE commune code, e.g. 63113." })
  codeInsee!: string | null;

  @Field(() => String, { nullable: true })
  departement!: string | null;

  @Field(() => String, { nullable: true })
  region!: string | null;

  @Field(() => String, { nullable: true })
  pays!: string | null;

  @Field(() => Coordonnees, { nullable: true, description: "The point the feed gives; null when it gives none." })
  coordonnees!: Coordonnees | null;
}

@ObjectType("ExtraLheo", { description: "An Intercarif/partner extension kept as it came (extras/@info › extra/@info = valeur), e.g. CPF eligibility." })
export class ExtraLheo {
  @Field(() => String)
  info!: string;

  @Field(() => String)
  valeur!: string;
}
