import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Connection, Provenance } from "@prisme/common";

@Directive('@key(fields: "code")')
@ObjectType({ simpleResolvers: true, description: "Une région française (ou une collectivité d'outre-mer à part), du Code officiel géographique de l'INSEE (liste Etalab)." })
export class Region {
  @Field(() => ID, { description: "Code INSEE de la région, par exemple 84 (Auvergne-Rhône-Alpes)." })
  code!: string;

  // Nullable, as Commune's and Departement's fields: a partner subgraph may reference a région by a
  // code this one does not hold, which must give a région without a name, not an error.
  @Field(() => String, { nullable: true, description: "Son nom ; null seulement pour un code cité par un autre sous-graphe et absent d'ici." })
  nom!: string;

  @Field(() => Provenance, { nullable: true, description: "D'où vient la fiche (Etalab) ; null seulement pour un code cité par un autre sous-graphe et absent d'ici." })
  provenance!: Provenance;
}

export const RegionConnection = Connection(Region);
