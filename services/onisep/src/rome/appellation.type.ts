import { Field, ID, ObjectType } from "type-graphql";
import { Connection } from "@prisme/common";

@ObjectType("AppellationRome", { simpleResolvers: true, description: "Une appellation ROME 4.0 : un intitulé d'emploi tel que les gens le disent (« Plaquiste »), rattaché à une fiche." })
export class AppellationRome {
  @Field(() => ID, { description: "Code OGR de l'appellation (référentiel de France Travail)." })
  codeOgr!: string;

  @Field(() => String, { description: "Intitulé complet, avec ses deux formes (« Plâtrier-plaquiste / Plâtrière-plaquiste »)." })
  libelle!: string;

  @Field(() => String, { nullable: true, description: "Intitulé court, quand France Travail en donne un." })
  libelleCourt!: string | null;

  @Field(() => Boolean, { description: "Vrai pour l'appellation principale de la fiche, faux pour un synonyme." })
  principale!: boolean;

  @Field(() => [String], { description: "Transitions pour lesquelles l'appellation est repérée : écologique, numérique, démographique." })
  transitions!: string[];

  @Field(() => Boolean, { nullable: true, description: "Vrai si l'emploi est réglementé ; null si France Travail ne le dit pas." })
  emploiReglemente!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Vrai pour un emploi de cadre ; null si France Travail ne le dit pas." })
  emploiCadre!: boolean | null;
}

export const AppellationRomeConnection = Connection(AppellationRome);
