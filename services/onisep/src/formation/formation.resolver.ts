import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs, connectionFromArray, pageWindow, toConnection } from "@prisme/common";
import type { OnisepContext } from "../context";
import { checkFormationId, distinctById } from "../common/identifiers";
import { MetierConnection } from "../metier/metier.type";
import { FormationsArgs, formationFilters } from "../search/search.args";
import { searchIndex } from "../search/search-registry";
import { Formation, FormationConnection } from "./formation.type";

@Resolver(() => Formation)
export class FormationResolver {
  @Query(() => Formation, { nullable: true, description: "A formation by its Onisep id (FOR.nnnn); null if unknown." })
  formation(@Arg("id", () => ID) id: string, @Ctx() ctx: OnisepContext) {
    return ctx.loaders.formation.load(checkFormationId(id));
  }

  @Query(() => FormationConnection, { description: "Formations: all of them by libellé, or searched (recherche, ranked) and filtered (domaine, niveau, type, codeRome, codeRncp)." })
  async formations(@Args(() => FormationsArgs) args: FormationsArgs, @Ctx() ctx: OnisepContext) {
    const window = pageWindow(args);
    const { text, where } = formationFilters(args);
    if (!text && Object.keys(where).length === 0) {
      const [nodes, total] = await Promise.all([
        ctx.models.Formation.find().sort({ libelle: 1, id: 1 }).skip(window.offset).limit(window.limit).lean(),
        ctx.models.Formation.countDocuments(),
      ]);
      return toConnection(nodes, window, total);
    }
    const index = await searchIndex(ctx.models);
    const page = await index.searchFormations({ text, where, ...window });
    return toConnection(page.ids.map((id) => index.formationById.get(id)!), window, page.totalCount);
  }

  @FieldResolver(() => MetierConnection, { description: "Métiers this formation leads to: those sharing a ROME code; when none does, those sharing an Onisep sous-domaine." })
  async metiers(@Root() formation: Formation, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: OnisepContext) {
    const [byRome, byDomaine] = await Promise.all([
      ctx.loaders.metiersByRome.loadMany(formation.codesRome ?? []),
      ctx.loaders.metiersBySousDomaine.loadMany(formation.sousDomaineKeys ?? []),
    ]);
    const rome = distinctById(byRome.filter(Array.isArray));
    return connectionFromArray(rome.length ? rome : distinctById(byDomaine.filter(Array.isArray)), args);
  }
}

export const resolveFormationReference = (ref: { id: string }, ctx: OnisepContext) => ctx.loaders.formation.load(ref.id);
