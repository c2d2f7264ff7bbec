import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Connection, Provenance } from "@prisme/common";

@Directive('@key(fields: "code")')
@ObjectType({ description: "Une région française (ou une collectivité d'outre-mer à part), du Code officiel géographique de l'INSEE (liste Etalab)." })
export class Region {
  @Field(() => ID, { description: "Code INSEE de la région, par exemple 84 (Auvergne-Rhône-Alpes)." })
  code!: string;

  @Field(() => String, { description: "Son nom." })
  nom!: string;

  @Field(() => Provenance, { description: "D'où vient la fiche (Etalab)." })
  provenance!: Provenance;
}

export const RegionConnection = Connection(Region);
