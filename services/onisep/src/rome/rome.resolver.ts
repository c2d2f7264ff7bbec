import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { ConnectionArgs, connectionFromTable, pageRequest, verifierIdentifiant } from "@prisme/common";
import type { OnisepContext } from "../context";
import { checkSearchText } from "../common/identifiers";
import type { MetierDoc } from "../metier/metier.model";
import { MetierConnection } from "../metier/metier.type";
import { metierConnection } from "../metier/metiers.page";
import type { OnisepState } from "../read-model/onisep.read-model";
import { AppellationRomeConnection } from "./appellation.type";
import type { RomeDoc } from "./rome.model";
import { DomaineProfessionnel, Rome, RomeConnection } from "./rome.type";
import { RomesArgs } from "./romes.args";

/**
 * The Rome entities of a métier. A code whose fiche is not imported yet still resolves, with
 * the libellé the Onisep export gives and the métier's provenance, so Metier.rome never loses a code.
 */
export function romesOf(metier: Pick<MetierDoc, "codesRome" | "libellesRome" | "provenance">, state: OnisepState): RomeDoc[] {
  return (metier.codesRome ?? []).map(
    (code, index) =>
      state.romes.get(code) ?? { _id: code, code, libelle: metier.libellesRome?.[index] || code, codeDomaineProfessionnel: code.slice(0, 3), transitions: [], provenance: metier.provenance },
  );
}

@Resolver(() => Rome)
export class RomeResolver {
  @Query(() => Rome, { nullable: true, description: "Une fiche ROME 4.0 par son code (M1805) ; null si elle n'est pas importée." })
  async rome(@Arg("code", () => ID, { description: "Code ROME, par exemple M1805 (minuscules acceptées)." }) code: string, @Ctx() ctx: OnisepContext) {
    const checked = verifierIdentifiant("codeRome", code, "code");
    return (await ctx.read()).romes.get(checked) ?? null;
  }

  @Query(() => RomeConnection, { description: "Les fiches ROME 4.0 : toutes, par code, ou celles d'une recherche sur leur libellé et leurs appellations, classées par pertinence." })
  async romes(@Args(() => RomesArgs) args: RomesArgs, @Ctx() ctx: OnisepContext) {
    const text = args.recherche != null ? checkSearchText(args.recherche) || null : null;
    return connectionFromTable((await ctx.read()).romes.query({ text }, pageRequest(args)));
  }

  @FieldResolver(() => DomaineProfessionnel, { nullable: true, description: "Le domaine professionnel de la fiche (les trois premiers caractères du code) ; null s'il n'est pas importé." })
  async domaineProfessionnel(@Root() rome: RomeDoc, @Ctx() ctx: OnisepContext) {
    return (await ctx.read()).domainesProfessionnels.get(rome.codeDomaineProfessionnel ?? rome.code.slice(0, 3)) ?? null;
  }

  @FieldResolver(() => AppellationRomeConnection, { description: "Les appellations de la fiche (intitulés d'emploi) : la principale d'abord, puis par libellé." })
  async appellations(@Root() rome: RomeDoc, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: OnisepContext) {
    return connectionFromTable((await ctx.read()).appellations.query({ where: { codeRome: [rome.code] } }, pageRequest(args)));
  }

  @FieldResolver(() => MetierConnection, { description: "Les métiers Onisep qui ont ce code ROME (d'après l'export Idéo-Métiers et la table métiers ↔ ROME de l'Onisep)." })
  async metiers(@Root() rome: RomeDoc, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: OnisepContext, @Info() info: GraphQLResolveInfo) {
    return metierConnection(await ctx.read(), { where: { codeRome: [rome.code] } }, args, info);
  }
}

/** Federation: Rome references by code (other subgraphs, e.g. carif-oref, hold ROME codes). */
export const resolveRomeReference = async (ref: { code: string }, ctx: OnisepContext) => (await ctx.read()).romes.get(ref.code) ?? null;
