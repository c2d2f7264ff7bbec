import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs, connectionFromArray } from "@prisme/common";
import type { OnisepContext } from "../context";
import { checkCodeRome } from "../common/identifiers";
import type { MetierDoc } from "../metier/metier.model";
import { MetierConnection } from "../metier/metier.type";
import type { RomeDoc } from "./rome.model";
import { DomaineProfessionnel, Rome } from "./rome.type";

/**
 * The Rome entities of a métier. A code whose fiche is not imported yet still resolves, with
 * the libellé the Onisep export gives and the métier's provenance, so Metier.rome never loses a code.
 */
export async function romesOf(metier: Pick<MetierDoc, "codesRome" | "libellesRome" | "provenance">, ctx: OnisepContext): Promise<RomeDoc[]> {
  const docs = await ctx.loaders.rome.loadMany(metier.codesRome ?? []);
  return (metier.codesRome ?? []).map((code, index) => {
    const doc = docs[index];
    if (doc && !(doc instanceof Error)) return doc;
    return { code, libelle: metier.libellesRome?.[index] || code, codeDomaineProfessionnel: code.slice(0, 3), transitions: [], provenance: metier.provenance };
  });
}

@Resolver(() => Rome)
export class RomeResolver {
  @Query(() => Rome, { nullable: true, description: "A ROME 4.0 fiche by its code (M1805); null if not imported." })
  rome(@Arg("code", () => String) code: string, @Ctx() ctx: OnisepContext) {
    return ctx.loaders.rome.load(checkCodeRome(code));
  }

  @FieldResolver(() => DomaineProfessionnel, { nullable: true, description: "The domaine professionnel (first three characters of the code)." })
  domaineProfessionnel(@Root() rome: Rome, @Ctx() ctx: OnisepContext) {
    return ctx.loaders.domaineProfessionnel.load(rome.codeDomaineProfessionnel ?? rome.code.slice(0, 3));
  }

  @FieldResolver(() => MetierConnection, { description: "Onisep métiers with this ROME code." })
  async metiers(@Root() rome: Rome, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: OnisepContext) {
    return connectionFromArray(await ctx.loaders.metiersByRome.load(rome.code), args);
  }
}

/** Federation: Rome references by code (other subgraphs, e.g. carif-oref, hold ROME codes). */
export const resolveRomeReference = (ref: { code: string }, ctx: OnisepContext) => ctx.loaders.rome.load(ref.code);
