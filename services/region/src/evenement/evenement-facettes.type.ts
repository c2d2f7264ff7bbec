import { Field, ObjectType } from "type-graphql";
import { FacetteValeur } from "@prisme/common";

@ObjectType({ simpleResolvers: true, description: "Décompte des événements par valeur de chaque filtre de evenements(…)." })
export class FacettesEvenements {
  @Field(() => [FacetteValeur], { description: "Par genre d'événement (valeur à passer à l'argument type), compté sur les autres critères de la requête." })
  type!: FacetteValeur[];
}
