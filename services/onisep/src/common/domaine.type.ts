import { Field, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "Un domaine et un sous-domaine Onisep, tels que les écrit l'export (par exemple « arts, culture, artisanat » / « artisanat d'art »)." })
export class DomaineSousDomaine {
  @Field(() => String, { description: "Le domaine, tel qu'écrit par Onisep." })
  domaine!: string;

  @Field(() => String, { nullable: true, description: "Le sous-domaine, tel qu'écrit par Onisep ; null quand l'export n'en donne pas." })
  sousDomaine!: string | null;
}
