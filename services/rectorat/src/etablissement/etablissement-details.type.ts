import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Nature of an établissement in the BCE (e.g. 320 LYCEE PROFESSIONNEL)." })
export class Nature {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  libelle!: string;
}

@ObjectType({ description: "Postal address as the Rectorat publishes it." })
export class Adresse {
  @Field(() => [String], { description: "Street lines, in order." })
  lignes!: string[];

  @Field(() => String, { nullable: true })
  codePostal!: string | null;

  @Field(() => String, { nullable: true })
  localite!: string | null;
}

@ObjectType({ description: "How to reach an établissement." })
export class Contacts {
  @Field(() => String, { nullable: true })
  telephone!: string | null;

  @Field(() => String, { nullable: true })
  mail!: string | null;

  @Field(() => String, { nullable: true })
  web!: string | null;
}
