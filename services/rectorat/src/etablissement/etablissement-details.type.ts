import { Field, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "Nature de l'établissement dans la Base centrale des établissements (BCE), par exemple 320 LYCEE PROFESSIONNEL." })
export class Nature {
  @Field(() => String, { description: "Code de la nature, 3 chiffres (par exemple 320)." })
  code!: string;

  @Field(() => String, { description: "Libellé de la nature, tel que l'écrit la BCE (par exemple LYCEE PROFESSIONNEL)." })
  libelle!: string;
}

@ObjectType({ simpleResolvers: true, description: "Adresse postale de l'établissement, telle que la publie le Rectorat." })
export class Adresse {
  @Field(() => [String], { description: "Lignes de l'adresse (voie, lieu-dit, boîte postale), dans l'ordre." })
  lignes!: string[];

  @Field(() => String, { nullable: true, description: "Code postal, 5 chiffres (par exemple 63000)." })
  codePostal!: string | null;

  @Field(() => String, { nullable: true, description: "Localité d'acheminement du courrier (par exemple CLERMONT-FERRAND)." })
  localite!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "Comment joindre l'établissement." })
export class Contacts {
  @Field(() => String, { nullable: true, description: "Numéro de téléphone, tel que l'écrit l'Annuaire de l'éducation." })
  telephone!: string | null;

  @Field(() => String, { nullable: true, description: "Adresse électronique." })
  mail!: string | null;

  @Field(() => String, { nullable: true, description: "Adresse du site web." })
  web!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "Circonscription d'inspection du premier degré dont relève une école." })
export class Circonscription {
  @Field(() => String, { nullable: true, description: "Code de la circonscription ; null quand l'export de l'Annuaire ne le donne pas (celui de 2023 n'a que le nom)." })
  code!: string | null;

  @Field(() => String, { nullable: true, description: "Nom de la circonscription, tel que l'écrit l'Annuaire (par exemple Circonscription d'inspection du 1er degré de Vitré)." })
  nom!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "Bassin de formation (bassin d'éducation et de formation) de l'établissement : le territoire où l'académie organise l'offre de formation." })
export class BassinFormation {
  @Field(() => String, { nullable: true, description: "Code du bassin, tel que l'écrit l'Annuaire (par exemple 25027)." })
  code!: string | null;

  @Field(() => String, { nullable: true, description: "Libellé du bassin, tel que l'écrit l'Annuaire (par exemple 078H-MANTES-LES MUREAUX)." })
  libelle!: string | null;
}
