import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Connection, Provenance } from "@prisme/common";

@ObjectType({ simpleResolvers: true, description: "Un domaine professionnel du ROME (trois caractères, par exemple M18)." })
export class DomaineProfessionnel {
  @Field(() => String, { description: "Code du domaine professionnel : une lettre de A à N et deux chiffres." })
  code!: string;

  @Field(() => String, { description: "Libellé du domaine professionnel." })
  libelle!: string;
}

@Directive('@key(fields: "code")')
@ObjectType({ simpleResolvers: true, description: "Une fiche métier ROME 4.0 de France Travail (par exemple M1805)." })
export class Rome {
  @Field(() => ID, { description: "Code ROME : une lettre de A à N et quatre chiffres." })
  code!: string;

  @Field(() => String, { description: "Libellé de la fiche." })
  libelle!: string;

  codeDomaineProfessionnel!: string;

  @Field(() => String, { nullable: true, description: "Code OGR de la fiche (référentiel de France Travail)." })
  codeOgr?: string | null;

  @Field(() => [String], { description: "Transitions pour lesquelles la fiche est repérée : écologique, numérique, démographique." })
  transitions?: string[];

  @Field(() => Boolean, { nullable: true, description: "Vrai si l'accès au métier est réglementé (diplôme ou autorisation requis)." })
  emploiReglemente?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Vrai si les emplois de la fiche sont des emplois de cadre." })
  emploiCadre?: boolean | null;

  @Field(() => String, { nullable: true, description: "Code de la fiche parente, quand celle-ci en est une variante." })
  codeRomeParent?: string | null;

  @Field(() => Provenance, { description: "D'où vient la fiche : producteur, jeu de données, dernière mise à jour." })
  provenance!: Provenance;
}

export const RomeConnection = Connection(Rome);
