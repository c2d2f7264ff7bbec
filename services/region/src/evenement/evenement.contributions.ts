import { Args, Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from "type-graphql";
import type { RegionContext } from "../context";
import { Etablissement } from "../structure/structure.type";
import { EvenementsArgs } from "./evenement.args";
import { listerEvenements } from "./evenement.liste";
import { EvenementConnection } from "./evenement.type";

// Entities owned by other subgraphs (Onisep / Carif-Oref, rectorat), declared by their key only:
// this subgraph contributes their coming events.

@Directive('@key(fields: "id")')
@ObjectType()
export class Metier {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType()
export class Formation {
  @Field(() => ID)
  id!: string;
}

const DESCRIPTION = "Coming events about it (Région), soonest first; same filters as Query.evenements.";

@Resolver(() => Metier)
export class MetierEvenementsResolver {
  @FieldResolver(() => EvenementConnection, { nullable: true, description: DESCRIPTION })
  evenements(@Root() metier: Metier, @Args(() => EvenementsArgs) args: EvenementsArgs, @Ctx() ctx: RegionContext) {
    return listerEvenements(ctx, args, { metier: metier.id });
  }
}

@Resolver(() => Formation)
export class FormationEvenementsResolver {
  @FieldResolver(() => EvenementConnection, { nullable: true, description: DESCRIPTION })
  evenements(@Root() formation: Formation, @Args(() => EvenementsArgs) args: EvenementsArgs, @Ctx() ctx: RegionContext) {
    return listerEvenements(ctx, args, { formation: formation.id });
  }
}

@Resolver(() => Etablissement)
export class EtablissementEvenementsResolver {
  @FieldResolver(() => EvenementConnection, { nullable: true, description: "Coming events it organises or is concerned by (open days…), soonest first." })
  evenements(@Root() etablissement: Etablissement, @Args(() => EvenementsArgs) args: EvenementsArgs, @Ctx() ctx: RegionContext) {
    return listerEvenements(ctx, args, { uai: etablissement.uai });
  }
}

/** References of other subgraphs' entities: the key is all this subgraph needs. */
export const resolveByKey = <T>(ref: T) => ref;
