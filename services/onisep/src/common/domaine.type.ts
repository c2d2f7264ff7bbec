import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "An Onisep domaine and sous-domaine, as written in the export (e.g. \"arts, culture, artisanat\" / \"artisanat d'art\")." })
export class DomaineSousDomaine {
  @Field(() => String)
  domaine!: string;

  @Field(() => String, { nullable: true })
  sousDomaine!: string | null;
}
