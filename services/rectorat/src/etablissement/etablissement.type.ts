import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Connection, Provenance } from "@prisme/common";
import { Coordonnees } from "../common/coordonnees.type";

@Directive('@key(fields: "uai")')
@ObjectType({ description: "An établissement (lycée, CFA…) of the Annuaire de l'éducation." })
export class Etablissement {
  @Field(() => ID, { description: "UAI, e.g. 0630022G." })
  uai!: string;

  @Field(() => String)
  nom!: string;

  @Field(() => Coordonnees, { nullable: true, description: "Location; null when the Annuaire has none." })
  coordonnees?: Coordonnees | null;

  @Field(() => Provenance)
  provenance!: Provenance;

  // Stored references, not exposed as such: `commune` resolves codeCommune, and
  // Formation.etablissements reads formationIds.
  codeCommune!: string;
  formationIds!: string[];
}

export const EtablissementConnection = Connection(Etablissement);
