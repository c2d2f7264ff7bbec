import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "How to reach a structure; each field null when unknown." })
export class StructureContact {
  @Field(() => String, { nullable: true, description: "Telephone number as published, e.g. 04 73 00 00 00." })
  telephone?: string | null;

  @Field(() => String, { nullable: true, description: "The structure's service e-mail address." })
  courriel?: string | null;

  @Field(() => String, { nullable: true, description: "Web site (http or https URL)." })
  siteWeb?: string | null;
}
