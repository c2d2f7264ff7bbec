import { fold } from "@prisme/common";
import { domaineKey, type DomaineSousDomaine } from "../common/text";
import type { Domaine } from "./domaine.type";

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
    .sort((a, b) => (fold(a.libelle) < fold(b.libelle) ? -1 : fold(a.libelle) > fold(b.libelle) ? 1 : 0));
}

