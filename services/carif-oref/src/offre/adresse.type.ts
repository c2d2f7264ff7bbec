import { Field, ObjectType } from "type-graphql";
import { Coordonnees } from "@prisme/common";

@ObjectType("AdresseOffre", { simpleResolvers: true, description: "Une adresse postale d'un flux LHEO (lieu de formation, inscription, organisme)." })
export class AdresseOffre {
  @Field(() => [String], { description: "Lignes de l'adresse (élément LHEO ligne, de 1 à 4)." })
  lignes!: string[];

  @Field(() => String, { nullable: true, description: "Code postal." })
  codePostal!: string | null;

  @Field(() => String, { nullable: true, description: "Ville, telle qu'écrite par le flux." })
  ville!: string | null;

  @Field(() => String, { nullable: true, description: "Code INSEE de la commune, par exemple 63113." })
  codeInsee!: string | null;

  @Field(() => String, { nullable: true, description: "Code du département, tel qu'écrit par le flux." })
  departement!: string | null;

  @Field(() => String, { nullable: true, description: "Code de la région, tel qu'écrit par le flux." })
  region!: string | null;

  @Field(() => String, { nullable: true, description: "Code du pays (ISO 3166-1 alpha-2, FR)." })
  pays!: string | null;

  @Field(() => Coordonnees, { nullable: true, description: "Le point que donne le flux ; null s'il n'en donne pas." })
  coordonnees!: Coordonnees | null;
}

@ObjectType("ExtraLheo", { simpleResolvers: true, description: "Une extension Intercarif ou d'un partenaire, gardée telle qu'elle est venue (extras/@info › extra/@info = valeur), par exemple l'éligibilité au CPF." })
export class ExtraLheo {
  @Field(() => String, { description: "Chemin des attributs info de l'extension (extras/@info › extra/@info)." })
  info!: string;

  @Field(() => String, { description: "Valeur de l'extension, telle que publiée." })
  valeur!: string;
}
