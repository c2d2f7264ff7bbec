import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs, connectionFromTable, pageRequest, verifierIdentifiant } from "@prisme/common";
import type { RegionContext } from "../context";
import { Departement } from "../departement/departement.type";
import type { CommuneEntry } from "../read-model/commune.table";
import { communesQuery } from "./commune.recherche";
import { Commune, CommuneConnection } from "./commune.type";

@Resolver(() => Commune)
export class CommuneResolver {
  @Query(() => Commune, { nullable: true, description: "Une commune actuelle par son code INSEE (par exemple 63113) ; null si elle est inconnue." })
  async commune(@Arg("code", () => ID, { description: "Code INSEE de la commune (code officiel géographique, 5 caractères, par exemple 63113 ou 2A004) ; ce n'est pas un code postal." }) code: string, @Ctx() ctx: RegionContext) {
    const checked = verifierIdentifiant("codeCommune", code, "code");
    return (await ctx.read()).communes.get(checked) ?? null;
  }

  @Query(() => CommuneConnection, {
    description:
      "Les communes actuelles, toutes ou celles d'un département. Sans `recherche`, dans l'ordre des codes INSEE ; avec, celles qui y répondent : les noms qui commencent par le texte d'abord, puis par population décroissante.",
  })
  async communes(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("departement", () => String, { nullable: true, description: "Code INSEE du département, par exemple 63 (063 est accepté), 2A ou 974." }) departement: string | null | undefined,
    @Arg("recherche", () => String, {
      nullable: true,
      description:
        "Ce qu'une personne tape pour dire où elle est, au moins 2 caractères : le début d'un nom, accents, majuscules et tirets facultatifs (« clermont fe », « puy en vel »), ou le début d'un code postal (« 63000 », « 631 »). Une faute de frappe est tolérée dans les mots de 5 lettres ou plus.",
    })
    recherche: string | null | undefined,
    @Ctx() ctx: RegionContext,
  ) {
    const page = pageRequest(args);
    const codeDepartement = departement == null ? null : verifierIdentifiant("codeDepartement", departement, "departement");
    const { communes } = await ctx.read();
    return connectionFromTable(communes.query(communesQuery(communes, { departement: codeDepartement, recherche }), page));
  }

  @FieldResolver(() => Departement, { nullable: true, description: "Le département de la commune." })
  async departement(@Root() commune: CommuneEntry, @Ctx() ctx: RegionContext) {
    return (await ctx.read()).departements.get(commune.codeDepartement) ?? null;
  }
}

/** Federation entry point: other subgraphs hand over { code } references (e.g. Etablissement.commune); unknown codes give null. */
export const resolveCommuneReference = async (ref: { code: string }, ctx: RegionContext) => (await ctx.read()).communes.get(ref.code) ?? null;
