import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Directive, Field, FieldResolver, ID, Info, ObjectType, Resolver, Root } from "type-graphql";
import { facettesDemandees } from "@prisme/common";
import type { RegionContext } from "../context";
import { Etablissement } from "../structure/structure.type";
import { EvenementsArgs } from "./evenement.args";
import { listerEvenements } from "./evenement.liste";
import { EvenementConnection } from "./evenement.type";

// Entities owned by other subgraphs (onisep, rectorat), declared by their key only: this subgraph
// contributes their coming events. Neither the stubs nor their keys are described here: composition
// takes the owners' descriptions.

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true })
export class Metier {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true })
export class Formation {
  @Field(() => ID)
  id!: string;
}

const DESCRIPTION =
  "Les événements à venir qui le concernent (sous-graphe région), les plus proches dans le temps d'abord, avec les mêmes filtres que Query.evenements et le décompte par genre (facettes).";

@Resolver(() => Metier)
export class MetierEvenementsResolver {
  @FieldResolver(() => EvenementConnection, { nullable: true, description: DESCRIPTION })
  evenements(@Root() metier: Metier, @Args(() => EvenementsArgs) args: EvenementsArgs, @Ctx() ctx: RegionContext, @Info() info: GraphQLResolveInfo) {
    return listerEvenements(ctx, args, { metier: metier.id }, facettesDemandees(info));
  }
}

@Resolver(() => Formation)
export class FormationEvenementsResolver {
  @FieldResolver(() => EvenementConnection, { nullable: true, description: DESCRIPTION.replace("le concernent", "la concernent") })
  evenements(@Root() formation: Formation, @Args(() => EvenementsArgs) args: EvenementsArgs, @Ctx() ctx: RegionContext, @Info() info: GraphQLResolveInfo) {
    return listerEvenements(ctx, args, { formation: formation.id }, facettesDemandees(info));
  }
}

@Resolver(() => Etablissement)
export class EtablissementEvenementsResolver {
  @FieldResolver(() => EvenementConnection, {
    nullable: true,
    description:
      "Les événements à venir qu'il organise ou qui le concernent (journées portes ouvertes…), sous-graphe région, les plus proches dans le temps d'abord, avec le décompte par genre (facettes).",
  })
  evenements(@Root() etablissement: Etablissement, @Args(() => EvenementsArgs) args: EvenementsArgs, @Ctx() ctx: RegionContext, @Info() info: GraphQLResolveInfo) {
    return listerEvenements(ctx, args, { uai: etablissement.uai }, facettesDemandees(info));
  }
}

/** References of other subgraphs' entities: the key is all this subgraph needs. */
export const resolveByKey = <T>(ref: T) => ref;
