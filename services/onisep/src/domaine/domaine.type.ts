import { Field, Int, ObjectType } from "type-graphql";
import { Connection } from "@prisme/common";

@ObjectType({ simpleResolvers: true, description: "Un domaine Onisep avec ses sous-domaines, tels que les utilisent métiers et formations." })
export class Domaine {
  @Field(() => String, { description: "Libellé, tel que l'écrit l'export des métiers (celui des formations écrit le même domaine avec une autre ponctuation)." })
  libelle!: string;

  @Field(() => [String], { description: "Ses sous-domaines, par libellé." })
  sousDomaines!: string[];

  @Field(() => Int, { description: "Nombre de métiers de ce domaine." })
  nombreMetiers!: number;

  @Field(() => Int, { description: "Nombre de formations de ce domaine." })
  nombreFormations!: number;
}

export const DomaineConnection = Connection(Domaine);
