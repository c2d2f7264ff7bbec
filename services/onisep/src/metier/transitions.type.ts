import { Field, ObjectType } from "type-graphql";
import { FacetteValeur } from "@prisme/common";

@ObjectType("TransitionsMetier", { simpleResolvers: true, description: "Les transitions pour lesquelles un métier est repéré, par ses fiches ROME, selon la table métiers ↔ ROME de l'Onisep." })
export class TransitionsMetier {
  @Field(() => Boolean, { description: "Vrai si une de ses fiches ROME est repérée pour la transition écologique." })
  ecologique!: boolean;

  @Field(() => [String], { description: "Comment elle l'est, tel que publié : EMPLOI_VERT (métier vert), EMPLOI_STRATEGIQUE (emploi stratégique pour la transition écologique)." })
  typesEcologique!: string[];

  @Field(() => Boolean, { description: "Vrai si une de ses fiches ROME est repérée pour la transition numérique." })
  numerique!: boolean;

  @Field(() => Boolean, { description: "Vrai si une de ses fiches ROME est repérée pour la transition démographique (vieillissement, soin, accompagnement)." })
  demographique!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "Décompte des métiers par valeur de chaque filtre de metiers(…)." })
export class FacettesMetiers {
  @Field(() => [FacetteValeur], { description: "Par domaine Onisep (valeur à passer à l'argument domaine)." })
  domaine!: FacetteValeur[];

  @Field(() => [FacetteValeur], { description: "Repérés (true) ou non (false) pour la transition écologique ; les métiers sans donnée ne sont pas comptés." })
  transitionEcologique!: FacetteValeur[];

  @Field(() => [FacetteValeur], { description: "Repérés (true) ou non (false) pour la transition numérique ; les métiers sans donnée ne sont pas comptés." })
  transitionNumerique!: FacetteValeur[];

  @Field(() => [FacetteValeur], { description: "Repérés (true) ou non (false) pour la transition démographique ; les métiers sans donnée ne sont pas comptés." })
  transitionDemographique!: FacetteValeur[];
}
