import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Connection, Provenance } from "@prisme/common";
import { Coordonnees } from "@prisme/common";

@Directive('@key(fields: "code")')
@ObjectType({ description: "A current French commune (commune actuelle), from the Code officiel géographique." })
export class Commune {
  @Field(() => ID, { description: "INSEE commune code (code officiel géographique), e.g. 63113; not a postal code." })
  code!: string;

  @Field(() => String)
  nom!: string;

  @Field(() => [String], { description: "Postal codes (La Poste) that serve the commune; a commune may have several." })
  codesPostaux!: string[];

  @Field(() => Int, { nullable: true, description: "Legal municipal population (INSEE); null when not published." })
  population?: number | null;

  @Field(() => Provenance)
  provenance!: Provenance;

  @Field(() => Coordonnees, { nullable: true, description: "Centre of the commune (La Poste, base officielle des codes postaux); null until imported." })
  centre?: Coordonnees | null;

  @Field(() => Provenance, { nullable: true, description: "Where the centre comes from (it is not from the same source as the rest)." })
  centreProvenance?: Provenance | null;

  // Stored reference, not exposed as such: the `departement` field resolves it.
  codeDepartement!: string;
}

export const CommuneConnection = Connection(Commune);
