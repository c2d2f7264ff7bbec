import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { ConnectionArgs, connectionFromTable, pageRequest, verifierIdentifiant } from "@prisme/common";
import type { CarifOrefContext } from "../context";
import { OffreFormationConnection } from "../offre/offre.type";
import { linkedOffres } from "../offre/offres.page";
import { formacodeEtPlusPrecis } from "../read-model/formacode.table";
import { FormacodesArgs, formacodeQuery } from "./formacode.args";
import type { FormacodeDoc } from "./formacode.model";
import { Formacode, FormacodeConnection } from "./formacode.type";
import { descripteurs } from "./descripteurs";

@Resolver(() => Formacode)
export class FormacodeResolver {
  @Query(() => Formacode, { nullable: true, description: "Un descripteur du Formacode par son code ; null s'il est inconnu." })
  async formacode(@Arg("code", () => ID, { description: "Code Formacode, cinq chiffres (par exemple 31054)." }) code: string, @Ctx() ctx: CarifOrefContext) {
    return (await ctx.read()).formacodes.get(verifierIdentifiant("formacode", code, "code")) ?? null;
  }

  @Query(() => FormacodeConnection, { description: "Les descripteurs du Formacode : tous, par code, ou ceux d'une recherche (classés par pertinence) et d'un champ sémantique." })
  async formacodes(@Args(() => FormacodesArgs) args: FormacodesArgs, @Ctx() ctx: CarifOrefContext) {
    return connectionFromTable((await ctx.read()).formacodes.query(formacodeQuery(args), pageRequest(args)));
  }

  @FieldResolver(() => [Formacode], { description: "Les termes plus généraux (termes génériques) du thésaurus." })
  async termesGeneriques(@Root() terme: FormacodeDoc, @Ctx() ctx: CarifOrefContext) {
    return descripteurs(await ctx.read(), terme.termesGeneriques);
  }

  @FieldResolver(() => [Formacode], { description: "Les termes plus précis (termes spécifiques) du thésaurus, un niveau en dessous." })
  async termesSpecifiques(@Root() terme: FormacodeDoc, @Ctx() ctx: CarifOrefContext) {
    return descripteurs(await ctx.read(), terme.termesSpecifiques);
  }

  @FieldResolver(() => [Formacode], { description: "Les termes associés (voisins, d'un autre champ le plus souvent)." })
  async termesAssocies(@Root() terme: FormacodeDoc, @Ctx() ctx: CarifOrefContext) {
    return descripteurs(await ctx.read(), terme.termesAssocies);
  }

  @FieldResolver(() => OffreFormationConnection, { description: "Les offres de formation continue en cours indexées sous ce terme ou sous un terme plus précis, par intitulé." })
  async offres(@Root() terme: FormacodeDoc, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: CarifOrefContext, @Info() info: GraphQLResolveInfo) {
    return linkedOffres(ctx, { formacode: formacodeEtPlusPrecis((await ctx.read()).formacodes, terme.code) }, args, info);
  }
}

/** Federation entry point: { code } representations. */
export const resolveFormacodeReference = async (ref: { code: string }, ctx: CarifOrefContext) => (await ctx.read()).formacodes.get(ref.code) ?? null;
