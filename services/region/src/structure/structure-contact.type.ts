import { Field, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "Comment joindre une structure ; chaque champ vaut null quand il est inconnu." })
export class StructureContact {
  @Field(() => String, { nullable: true, description: "Numéro de téléphone tel que publié, par exemple 04 73 00 00 00." })
  telephone?: string | null;

  @Field(() => String, { nullable: true, description: "Adresse électronique du service (pas celle d'une personne)." })
  courriel?: string | null;

  @Field(() => String, { nullable: true, description: "Site web (adresse http ou https)." })
  siteWeb?: string | null;
}
