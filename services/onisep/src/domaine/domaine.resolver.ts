import { Args, Ctx, Query, Resolver } from "type-graphql";
import { ConnectionArgs, connectionFromArray } from "@prisme/common";
import type { OnisepContext } from "../context";
import { domaineKey, type DomaineSousDomaine } from "../common/text";
import { searchIndex } from "../search/search-registry";
import { Domaine, DomaineConnection } from "./domaine.type";

interface Tally {
  libelle: string;
  sousDomaines: Map<string, string>;
  metiers: number;
  formations: number;
}

/** Groups the domaines of the indexed records by their comparison key (the two exports differ in punctuation). */
export function tallyDomaines(metiers: { domaines?: DomaineSousDomaine[] }[], formations: { domaines?: DomaineSousDomaine[] }[]): Domaine[] {
  const tallies = new Map<string, Tally>();
  const add = (records: { domaines?: DomaineSousDomaine[] }[], field: "metiers" | "formations") => {
    for (const record of records) {
      const counted = new Set<string>();
      for (const pair of record.domaines ?? []) {
        const key = domaineKey(pair.domaine);
        const tally = tallies.get(key) ?? { libelle: pair.domaine, sousDomaines: new Map(), metiers: 0, formations: 0 };
        tallies.set(key, tally);
        if (pair.sousDomaine && !tally.sousDomaines.has(domaineKey(pair.sousDomaine))) tally.sousDomaines.set(domaineKey(pair.sousDomaine), pair.sousDomaine);
        if (!counted.has(key)) {
          counted.add(key);
          tally[field] += 1;
        }
      }
    }
  };
  add(metiers, "metiers");
  add(formations, "formations");
  return [...tallies.values()]
    .map((t) => ({ libelle: t.libelle, sousDomaines: [...t.sousDomaines.values()].sort((a, b) => a.localeCompare(b, "fr")), nombreMetiers: t.metiers, nombreFormations: t.formations }))
    .sort((a, b) => a.libelle.localeCompare(b.libelle, "fr"));
}

@Resolver(() => Domaine)
export class DomaineResolver {
  @Query(() => DomaineConnection, { description: "The Onisep domaines of métiers and formations, by libellé (from the search index: no collection scan)." })
  async domaines(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: OnisepContext) {
    const index = await searchIndex(ctx.models);
    return connectionFromArray(tallyDomaines(index.metiers, index.formations), args);
  }
}
