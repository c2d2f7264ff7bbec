import { Field, Int, ObjectType } from "type-graphql";
import { Connection } from "@prisme/common";

@ObjectType({ description: "An Onisep domaine with its sous-domaines, as used by métiers and formations." })
export class Domaine {
  @Field(() => String, { description: "Libellé as the métiers export writes it (the formations export writes the same domaine with other punctuation)." })
  libelle!: string;

  @Field(() => [String], { description: "Its sous-domaines, by libellé." })
  sousDomaines!: string[];

  @Field(() => Int)
  nombreMetiers!: number;

  @Field(() => Int)
  nombreFormations!: number;
}

export const DomaineConnection = Connection(Domaine);
