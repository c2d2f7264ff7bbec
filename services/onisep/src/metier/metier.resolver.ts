import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs, connectionFromArray, pageWindow, toConnection } from "@prisme/common";
import type { OnisepContext } from "../context";
import { checkMetierId, distinctById } from "../common/identifiers";
import { FormationConnection } from "../formation/formation.type";
import { romesOf } from "../rome/rome.resolver";
import { RomeConnection } from "../rome/rome.type";
import { MetiersArgs, metierFilters } from "../search/search.args";
import { searchIndex } from "../search/search-registry";
import { Metier, MetierConnection } from "./metier.type";

@Resolver(() => Metier)
export class MetierResolver {
  @Query(() => Metier, { nullable: true, description: "A métier by its Onisep id (MET.nnn); null if unknown." })
  metier(@Arg("id", () => ID) id: string, @Ctx() ctx: OnisepContext) {
    return ctx.loaders.metier.load(checkMetierId(id));
  }

  @Query(() => MetierConnection, { description: "Métiers: all of them by libellé, or searched (recherche, ranked) and filtered." })
  async metiers(@Args(() => MetiersArgs) args: MetiersArgs, @Ctx() ctx: OnisepContext) {
    const window = pageWindow(args);
    const { text, where } = metierFilters(args);
    if (!text && Object.keys(where).length === 0) {
      // The plain list reads the database: it also shows records written since the index was built.
      const [nodes, total] = await Promise.all([
        ctx.models.Metier.find().sort({ libelle: 1, id: 1 }).skip(window.offset).limit(window.limit).lean(),
        ctx.models.Metier.countDocuments(),
      ]);
      return toConnection(nodes, window, total);
    }
    const index = await searchIndex(ctx.models);
    const page = await index.searchMetiers({ text, where, ...window });
    return toConnection(page.ids.map((id) => index.metierById.get(id)!), window, page.totalCount);
  }

  @FieldResolver(() => FormationConnection, {
    description: "Formations leading to this métier: those sharing a ROME code; when none does, those sharing an Onisep sous-domaine.",
  })
  async formations(@Root() metier: Metier, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: OnisepContext) {
    // Both loaders run for every métier so that a request costs the same queries whatever its data.
    const [byRome, byDomaine] = await Promise.all([
      ctx.loaders.formationsByRome.loadMany(metier.codesRome ?? []),
      ctx.loaders.formationsBySousDomaine.loadMany(metier.sousDomaineKeys ?? []),
    ]);
    const rome = distinctById(byRome.filter(Array.isArray));
    return connectionFromArray(rome.length ? rome : distinctById(byDomaine.filter(Array.isArray)), args);
  }

  @FieldResolver(() => RomeConnection, { description: "The ROME fiches of the métier." })
  async rome(@Root() metier: Metier, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: OnisepContext) {
    return connectionFromArray(await romesOf(metier, ctx), args);
  }
}

/** Federation entry point: the gateway hands over { id } representations, batched by DataLoader. */
export const resolveMetierReference = (ref: { id: string }, ctx: OnisepContext) => ctx.loaders.metier.load(ref.id);
