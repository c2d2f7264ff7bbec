import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Provenance } from "@prisme/common";

@ObjectType("FicheRncp", { description: "An RNCP fiche of France Compétences: title, level and whether it is still active." })
export class FicheRncp {
  @Field(() => String, { description: "RNCP number, digits only (e.g. 37674)." })
  numero!: string;

  @Field(() => String)
  intitule!: string;

  @Field(() => String, { nullable: true, description: "European level 1–8; null when the fiche has none." })
  niveau!: string | null;

  @Field(() => Boolean, { description: "True while the fiche is registered (ACTIVE in the export)." })
  actif!: boolean;

  @Field(() => String, { nullable: true })
  typeEnregistrement!: string | null;

  @Field(() => String, { nullable: true, description: "End of registration (DD/MM/YYYY, as published)." })
  dateFinEnregistrement!: string | null;

  @Field(() => Provenance)
  provenance!: Provenance;
}

@Directive('@key(fields: "id")')
@Directive('@key(fields: "codeRncp")')
@ObjectType({ description: "A certification of the Certif Info referential (Réseau des Carif-Oref): the hub between RNCP, Formacode, ROME and Onisep formations." })
export class Certification {
  @Field(() => ID, { description: "Certif Info code, e.g. 94681." })
  id!: string;

  @Field(() => String)
  libelle!: string;

  @Field(() => String, { nullable: true })
  typeDiplome!: string | null;

  @Field(() => String, { nullable: true, description: "European qualification level (1–8) in Certif Info." })
  niveau!: string | null;

  @Field(() => [String])
  codesRome!: string[];

  @Field(() => [String])
  formacodes!: string[];

  @Field(() => [String])
  codesNsf!: string[];

  @Field(() => String, { nullable: true, description: "RNCP number, digits only (e.g. 37538)." })
  codeRncp!: string | null;

  @Field(() => String, { nullable: true, description: "Répertoire spécifique number." })
  codeRs!: string | null;

  @Field(() => String, { nullable: true, description: "Éducation nationale CFD (code formation diplôme)." })
  codeCfd!: string | null;

  @Field(() => [String], { description: "Onisep formation ids (FOR.nnnn) of the same diploma." })
  idsFormationOnisep!: string[];

  @Field(() => String, { nullable: true })
  certificateur!: string | null;

  @Field(() => String, { nullable: true, description: "Certif Info state label (e.g. active)." })
  etatLibelle!: string | null;

  @Field(() => Provenance)
  provenance!: Provenance;
}
