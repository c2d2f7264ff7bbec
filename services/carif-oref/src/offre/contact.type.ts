import { Field, ObjectType } from "type-graphql";

@ObjectType("ContactLheo", { simpleResolvers: true, description: "Un contact d'une offre ou de son organisme (éléments LHEO contact-formation, contact-organisme), tel que le donne le flux." })
export class ContactLheo {
  // type: resolved from the stored code (contact.resolver.ts).

  @Field(() => String, { nullable: true, description: "Civilité, telle qu'écrite." })
  civilite!: string | null;

  @Field(() => String, { nullable: true, description: "Nom (d'une personne ou d'un service, par exemple « Accueil »)." })
  nom!: string | null;

  @Field(() => String, { nullable: true, description: "Prénom." })
  prenom!: string | null;

  @Field(() => [String], { description: "Numéros de téléphone fixe, tels qu'écrits (trois au plus)." })
  telephones!: string[];

  @Field(() => [String], { description: "Numéros de téléphone portable, tels qu'écrits." })
  portables!: string[];

  @Field(() => [String], { description: "Numéros de télécopie, tels qu'écrits." })
  fax!: string[];

  @Field(() => String, { nullable: true, description: "Adresse électronique." })
  courriel!: string | null;

  @Field(() => [String], { description: "Adresses web, telles qu'écrites (trois au plus)." })
  web!: string[];
}
