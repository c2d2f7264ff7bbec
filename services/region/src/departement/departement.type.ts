import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Connection, Provenance } from "@prisme/common";

@Directive('@key(fields: "code")')
@ObjectType({ description: "A French département, from the Code officiel géographique." })
export class Departement {
  @Field(() => ID, { description: "INSEE département code, e.g. 63, 2A or 974." })
  code!: string;

  @Field(() => String)
  nom!: string;

  @Field(() => Provenance)
  provenance!: Provenance;

  // Stored reference, not exposed as such: the `region` field resolves it.
  codeRegion!: string;
}

export const DepartementConnection = Connection(Departement);
