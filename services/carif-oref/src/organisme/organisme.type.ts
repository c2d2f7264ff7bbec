import { Directive, Field, ObjectType } from "type-graphql";
import { Connection, Provenance } from "@prisme/common";
import { AdresseOffre } from "../offre/adresse.type";

@Directive('@key(fields: "siret")')
@ObjectType({ description: "An organisme de formation (LHEO organisme-formation-responsable), by SIRET." })
export class OrganismeFormation {
  @Field(() => String, { description: "SIRET, 14 digits." })
  siret!: string;

  @Field(() => String)
  nom!: string;

  @Field(() => String, { nullable: true })
  raisonSociale!: string | null;

  @Field(() => String, { nullable: true, description: "Numéro de déclaration d'activité (11 characters)." })
  numeroActivite!: string | null;

  @Field(() => String, { nullable: true })
  uai!: string | null;

  @Field(() => AdresseOffre, { nullable: true })
  adresse!: AdresseOffre | null;

  @Field(() => String, { nullable: true })
  telephone!: string | null;

  @Field(() => String, { nullable: true })
  courriel!: string | null;

  @Field(() => String, { nullable: true })
  web!: string | null;

  @Field(() => Provenance)
  provenance!: Provenance;
}

export const OrganismeFormationConnection = Connection(OrganismeFormation);
