import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Connection, Provenance } from "@prisme/common";

@Directive('@key(fields: "code")')
@ObjectType({ description: "A French département, from the Code officiel géographique." })
export class Departement {
  @Field(() => ID, { description: "INSEE département code, e.g. 63, 2A or 974." })
  code!: string;

  // Nullable: rectorat references départements by code; one not stored here must not become an error.
  @Field(() => String, { nullable: true, description: "Its name; null only for a code referenced by another subgraph that is not stored here." })
  nom!: string;

  @Field(() => Provenance, { nullable: true, description: "Null only for a code referenced by another subgraph that is not stored here." })
  provenance!: Provenance;

  // Stored reference, not exposed as such: the `region` field resolves it.
  codeRegion!: string;
}

export const DepartementConnection = Connection(Departement);
