import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Connection, Provenance } from "@prisme/common";
import { AdresseOffre } from "../offre/adresse.type";

@Directive('@key(fields: "siret")')
@ObjectType({ simpleResolvers: true, description: "Un organisme de formation (élément LHEO organisme-formation-responsable), par son SIRET." })
export class OrganismeFormation {
  @Field(() => ID, { description: "SIRET, 14 chiffres." })
  siret!: string;

  @Field(() => String, { description: "Nom de l'organisme." })
  nom!: string;

  @Field(() => String, { nullable: true, description: "Raison sociale." })
  raisonSociale!: string | null;

  @Field(() => String, { nullable: true, description: "Numéro de déclaration d'activité (11 caractères)." })
  numeroActivite!: string | null;

  @Field(() => String, { nullable: true, description: "UAI de l'organisme quand c'est aussi un établissement scolaire." })
  uai!: string | null;

  @Field(() => AdresseOffre, { nullable: true, description: "Adresse de l'organisme." })
  adresse!: AdresseOffre | null;

  @Field(() => String, { nullable: true, description: "Téléphone fixe, tel que publié." })
  telephone!: string | null;

  @Field(() => String, { nullable: true, description: "Adresse électronique." })
  courriel!: string | null;

  @Field(() => String, { nullable: true, description: "Site web." })
  web!: string | null;

  @Field(() => Provenance, { description: "D'où vient la fiche : producteur, jeu de données, dernière mise à jour." })
  provenance!: Provenance;
}

export const OrganismeFormationConnection = Connection(OrganismeFormation);
