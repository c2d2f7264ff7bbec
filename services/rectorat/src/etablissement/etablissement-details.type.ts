import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Nature de l'établissement dans la Base centrale des établissements (BCE), par exemple 320 LYCEE PROFESSIONNEL." })
export class Nature {
  @Field(() => String, { description: "Code de la nature, 3 chiffres (par exemple 320)." })
  code!: string;

  @Field(() => String, { description: "Libellé de la nature, tel que l'écrit la BCE (par exemple LYCEE PROFESSIONNEL)." })
  libelle!: string;
}

@ObjectType({ description: "Adresse postale de l'établissement, telle que la publie le Rectorat." })
export class Adresse {
  @Field(() => [String], { description: "Lignes de l'adresse (voie, lieu-dit, boîte postale), dans l'ordre." })
  lignes!: string[];

  @Field(() => String, { nullable: true, description: "Code postal, 5 chiffres (par exemple 63000)." })
  codePostal!: string | null;

  @Field(() => String, { nullable: true, description: "Localité d'acheminement du courrier (par exemple CLERMONT-FERRAND)." })
  localite!: string | null;
}

@ObjectType({ description: "Comment joindre l'établissement." })
export class Contacts {
  @Field(() => String, { nullable: true, description: "Numéro de téléphone, tel que l'écrit l'Annuaire de l'éducation." })
  telephone!: string | null;

  @Field(() => String, { nullable: true, description: "Adresse électronique." })
  mail!: string | null;

  @Field(() => String, { nullable: true, description: "Adresse du site web." })
  web!: string | null;
}
