import { ArgsType, Field, ID } from "type-graphql";
import { ConnectionArgs, ProximiteInput } from "@prisme/common";
import { PresDeInput } from "../common/pres-de.input";
import { PRES_DE_DEPRECIE } from "../common/proximite";
import { EducationPrioritaire, EtatEtablissement, Secteur, TypeEtablissement, Voie } from "./etablissement.enum";

/** A page of a list of établissements that can be sorted by distance. */
@ArgsType()
export class ProximiteArgs extends ConnectionArgs {
  @Field(() => ProximiteInput, {
    nullable: true,
    description: "Seulement ceux situés dans le rayon autour du point, ou du centre de la commune, donnés ; les plus proches d'abord, chacun avec sa distanceKm.",
  })
  proximite?: ProximiteInput | null;

  @Field(() => PresDeInput, { nullable: true, description: "Ancienne forme de proximite (un point et un rayon d'au plus 300 km) ; à remplacer par proximite.", deprecationReason: PRES_DE_DEPRECIE })
  presDe?: PresDeInput | null;
}

@ArgsType()
export class EtablissementsArgs extends ProximiteArgs {
  @Field(() => String, {
    nullable: true,
    description: "Recherche plein texte sur le nom : accents et casse ignorés, début de mot, une faute de frappe tolérée (par exemple « lycee blaise pasc ») ; résultats classés par pertinence, sauf avec proximite. 200 caractères au plus.",
  })
  recherche?: string | null;

  @Field(() => String, { nullable: true, description: "Ancien nom de recherche, qui prend les mêmes mots.", deprecationReason: "Use recherche, which takes the same words." })
  texte?: string | null;

  @Field(() => [TypeEtablissement], { nullable: true, description: "Seulement ceux de ces types (par exemple [LYCEE])." })
  types?: TypeEtablissement[] | null;

  @Field(() => Secteur, { nullable: true, description: "Seulement ceux de ce secteur, public ou privé." })
  secteur?: Secteur | null;

  @Field(() => [EtatEtablissement], { nullable: true, description: "Seulement ceux dans ces états ; par défaut tous, fermés compris." })
  etats?: EtatEtablissement[] | null;

  @Field(() => String, { nullable: true, description: "Seulement ceux de cette commune : son code INSEE, 5 caractères (par exemple 63113)." })
  codeCommune?: string | null;

  @Field(() => String, { nullable: true, description: "Seulement ceux de ce département : son code INSEE (par exemple 63 ; 063 est accepté)." })
  departement?: string | null;

  @Field(() => String, { nullable: true, description: "Seulement ceux de cette académie : son code, 2 chiffres (par exemple 06 pour Clermont-Ferrand)." })
  academie?: string | null;

  @Field(() => Voie, { nullable: true, description: "Seulement les lycées qui ont cette voie." })
  voie?: Voie | null;

  @Field(() => Boolean, { nullable: true, description: "true : seulement ceux qui forment des apprentis ; false : ceux qui n'en forment pas ou dont l'Annuaire ne le dit pas." })
  apprentissage?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "true : seulement ceux qui ont un internat ; false : ceux qui n'en ont pas ou dont l'Annuaire ne le dit pas." })
  internat?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "true : seulement les écoles qui ont des classes maternelles ; false : les autres établissements, et les écoles qui n'en ont pas." })
  ecoleMaternelle?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "true : seulement les écoles qui ont des classes élémentaires ; false : les autres établissements, et les écoles qui n'en ont pas." })
  ecoleElementaire?: boolean | null;

  @Field(() => [EducationPrioritaire], { nullable: true, description: "Seulement ceux de ces réseaux d'éducation prioritaire (par exemple [REP, REP_PLUS] : tous ceux de l'éducation prioritaire)." })
  educationPrioritaire?: EducationPrioritaire[] | null;

  @Field(() => Boolean, { nullable: true, description: "true : seulement ceux qui ont une ULIS ; false : ceux qui n'en ont pas ou dont l'Annuaire ne le dit pas." })
  ulis?: boolean | null;

  @Field(() => ID, { nullable: true, description: "Seulement ceux qui enseignent cette formation : son identifiant Onisep (par exemple FOR.1349)." })
  formation?: string | null;
}
