import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Connection, Coordonnees, Provenance } from "@prisme/common";

@Directive('@key(fields: "code")')
@ObjectType({ description: "A current French commune (commune actuelle), from the Code officiel géographique." })
export class Commune {
  @Field(() => ID, { description: "INSEE commune code (code officiel géographique), e.g. 63113; not a postal code." })
  code!: string;

  // Nullable: another subgraph may reference a code this one does not hold (outside the loaded
  // territory); the gateway then gets no commune, and a non-null field would turn that into an error.
  @Field(() => String, { nullable: true, description: "Its name; null only for a code referenced by another subgraph that is not stored here." })
  nom!: string;

  @Field(() => [String], { nullable: true, description: "Postal codes (La Poste) that serve the commune; a commune may have several. Null only for a code not stored here." })
  codesPostaux!: string[];

  @Field(() => Int, { nullable: true, description: "Legal municipal population (INSEE); null when not published." })
  population?: number | null;

  @Field(() => Provenance, { nullable: true, description: "Null only for a code referenced by another subgraph that is not stored here." })
  provenance!: Provenance;

  @Field(() => Coordonnees, { nullable: true, description: "Centre of the commune (La Poste, base officielle des codes postaux); null until imported." })
  centre?: Coordonnees | null;

  @Field(() => Provenance, { nullable: true, description: "Where the centre comes from (it is not from the same source as the rest)." })
  centreProvenance?: Provenance | null;

  // Stored reference, not exposed as such: the `departement` field resolves it.
  codeDepartement!: string;
}

export const CommuneConnection = Connection(Commune);
