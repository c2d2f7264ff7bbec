import { Field, ObjectType } from "type-graphql";
import { FacetteValeur } from "@prisme/common";

@ObjectType({ simpleResolvers: true, description: "Décompte des structures par valeur de chaque filtre de structures(…)." })
export class FacettesStructures {
  @Field(() => [FacetteValeur], { description: "Par réseau (valeur à passer à l'argument type)." })
  type!: FacetteValeur[];

  @Field(() => [FacetteValeur], { description: "Par public accueilli (valeur à passer à l'argument public) ; une structure qui accueille plusieurs publics compte pour chacun." })
  public!: FacetteValeur[];
}
