import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Provenance } from "@prisme/common";

@ObjectType("FicheRncp", { simpleResolvers: true, description: "Une fiche RNCP de France compétences : intitulé, niveau, et si elle est toujours active." })
export class FicheRncp {
  @Field(() => String, { description: "Numéro RNCP, chiffres seuls (par exemple 37674)." })
  numero!: string;

  @Field(() => String, { description: "Intitulé de la certification." })
  intitule!: string;

  @Field(() => String, { nullable: true, description: "Niveau européen, de 1 à 8 ; null quand la fiche n'en a pas." })
  niveau!: string | null;

  @Field(() => Boolean, { description: "Vrai tant que la fiche est enregistrée (ACTIVE dans l'export)." })
  actif!: boolean;

  @Field(() => String, { nullable: true, description: "Type d'enregistrement (de droit, sur demande…), tel que publié." })
  typeEnregistrement!: string | null;

  @Field(() => String, { nullable: true, description: "Fin d'enregistrement, telle que publiée (JJ/MM/AAAA)." })
  dateFinEnregistrement!: string | null;

  @Field(() => [String], { description: "Codes Formacode de la fiche." })
  formacodes!: string[];

  @Field(() => Provenance, { description: "D'où vient la fiche : producteur, jeu de données, dernière mise à jour." })
  provenance!: Provenance;
}

@Directive('@key(fields: "id")')
@Directive('@key(fields: "codeRncp")')
@ObjectType({ simpleResolvers: true, description: "Une certification du référentiel Certif Info (Réseau des Carif-Oref) : le pivot entre RNCP, Formacode, ROME et formations Onisep." })
export class Certification {
  @Field(() => ID, { description: "Code Certif Info, par exemple 94681." })
  id!: string;

  @Field(() => String, { description: "Libellé de la certification." })
  libelle!: string;

  @Field(() => String, { nullable: true, description: "Type de diplôme, tel que le nomme Certif Info." })
  typeDiplome!: string | null;

  @Field(() => String, { nullable: true, description: "Niveau européen de qualification (de 1 à 8) selon Certif Info." })
  niveau!: string | null;

  @Field(() => [String], { description: "Codes ROME des métiers visés." })
  codesRome!: string[];

  @Field(() => [String], { description: "Codes Formacode." })
  formacodes!: string[];

  @Field(() => [String], { description: "Codes NSF." })
  codesNsf!: string[];

  @Field(() => String, { nullable: true, description: "Numéro RNCP, chiffres seuls (par exemple 37538)." })
  codeRncp!: string | null;

  @Field(() => String, { nullable: true, description: "Numéro au répertoire spécifique (RS)." })
  codeRs!: string | null;

  @Field(() => String, { nullable: true, description: "Code formation diplôme (CFD) de l'Éducation nationale." })
  codeCfd!: string | null;

  // idsFormationOnisep and formations: resolved from Certif Info and the Onisep table de passage (certification.resolver.ts).

  @Field(() => String, { nullable: true, description: "Certificateur, tel que le nomme Certif Info." })
  certificateur!: string | null;

  @Field(() => String, { nullable: true, description: "État de la certification dans Certif Info (active…)." })
  etatLibelle!: string | null;

  @Field(() => Provenance, { description: "D'où vient la certification : producteur, jeu de données, dernière mise à jour." })
  provenance!: Provenance;
}
