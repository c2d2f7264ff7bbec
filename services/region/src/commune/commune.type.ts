import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Connection, Coordonnees, Provenance } from "@prisme/common";

@Directive('@key(fields: "code")')
@ObjectType({ simpleResolvers: true, description: "Une commune française actuelle, du Code officiel géographique de l'INSEE (liste Etalab)." })
export class Commune {
  @Field(() => ID, { description: "Code INSEE de la commune (code officiel géographique, 5 caractères, par exemple 63113 ou 2A004) ; ce n'est pas un code postal." })
  code!: string;

  // Nullable: another subgraph may reference a code this one does not hold (a commune merged away, a
  // territory); the gateway then gets no commune, and a non-null field would turn that into an error.
  @Field(() => String, { nullable: true, description: "Son nom ; null seulement pour un code cité par un autre sous-graphe et qu'aucune commune actuelle ne porte (commune fusionnée, code erroné)." })
  nom!: string;

  @Field(() => [String], { nullable: true, description: "Codes postaux (La Poste) qui desservent la commune ; elle peut en avoir plusieurs. Null seulement pour un code absent d'ici." })
  codesPostaux!: string[];

  @Field(() => Int, { nullable: true, description: "Population municipale légale (INSEE), en habitants ; null si elle n'est pas publiée." })
  population?: number | null;

  @Field(() => Provenance, { nullable: true, description: "D'où vient la fiche (Etalab) ; null seulement pour un code cité par un autre sous-graphe et absent d'ici." })
  provenance!: Provenance;

  @Field(() => Coordonnees, { nullable: true, description: "Centre de la commune (La Poste, base officielle des codes postaux), en degrés WGS 84 ; null tant qu'il n'est pas importé." })
  centre?: Coordonnees | null;

  @Field(() => Provenance, { nullable: true, description: "D'où vient le centre : une autre source que le reste de la fiche ; null sans centre." })
  centreProvenance?: Provenance | null;

  // Stored reference, not exposed as such: the `departement` field resolves it.
  codeDepartement!: string;
}

export const CommuneConnection = Connection(Commune);
