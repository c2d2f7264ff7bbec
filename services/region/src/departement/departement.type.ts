import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Connection, Provenance } from "@prisme/common";

@Directive('@key(fields: "code")')
@ObjectType({ simpleResolvers: true, description: "Un département français, du Code officiel géographique de l'INSEE (liste Etalab)." })
export class Departement {
  @Field(() => ID, { description: "Code INSEE du département : 2 caractères (63, 2A), 3 outre-mer (974)." })
  code!: string;

  // Nullable: rectorat references départements by code; one not stored here must not become an error.
  @Field(() => String, { nullable: true, description: "Son nom ; null seulement pour un code cité par un autre sous-graphe et absent d'ici." })
  nom!: string;

  @Field(() => Provenance, { nullable: true, description: "D'où vient la fiche (Etalab) ; null seulement pour un code cité par un autre sous-graphe et absent d'ici." })
  provenance!: Provenance;

  // Stored reference, not exposed as such: the `region` field resolves it.
  codeRegion!: string;
}

export const DepartementConnection = Connection(Departement);
