import { fold, scanCollection, type Store } from "@prisme/common";
import type { CommuneDoc } from "../commune/commune.model";
import { communesDuLot, COMMUNES_PAR_DEPARTEMENT } from "../territoire/communes.lots";
import type { LotDoc } from "../territoire/lots";

/** What the importers need of a stored commune: where it is, and how people name it. */
export type CommuneRepere = Pick<CommuneDoc, "_id" | "nom" | "codesPostaux" | "codeDepartement" | "population"> & { nomPlie: string };

/**
 * Every stored commune, for importers that find a commune by code, name or postal code: one read of
 * the lots (about a hundred documents; an import may scan, a request never does).
 */
export async function toutesLesCommunes(store: Store): Promise<CommuneRepere[]> {
  const communes: CommuneRepere[] = [];
  for await (const lot of scanCollection<LotDoc>(store.db, COMMUNES_PAR_DEPARTEMENT)) {
    for (const { _id, nom, codesPostaux, codeDepartement, population } of communesDuLot(lot)) communes.push({ _id, nom, codesPostaux, codeDepartement, population, nomPlie: fold(nom) });
  }
  return communes;
}

/** The stored communes among these INSEE codes, by code. */
export async function communesParCode(store: Store, codes: Iterable<string>): Promise<Map<string, CommuneRepere>> {
  const wanted = new Set(codes);
  return new Map((await toutesLesCommunes(store)).filter((c) => wanted.has(c._id)).map((c) => [c._id, c]));
}

/**
 * The commune named at the start of a text ("CLERMONT PRE LA REINE" → Clermont-Ferrand), within a
 * département when one is given: the longest run of first words that starts a commune's name, and
 * among the communes it starts, the most populous.
 */
export function communeNommee(communes: readonly CommuneRepere[], texte: string, departement: string | null): string | null {
  const candidates = departement == null ? communes : communes.filter((c) => c.codeDepartement === departement);
  const mots = fold(texte).split(" ").filter(Boolean);
  for (let n = Math.min(mots.length, 6); n >= 1; n -= 1) {
    const debut = mots.slice(0, n).join(" ");
    if (debut.length < 3) continue;
    let best: CommuneRepere | null = null;
    for (const commune of candidates) {
      if (commune.nomPlie.startsWith(debut) && (best === null || (commune.population ?? 0) > (best.population ?? 0))) best = commune;
    }
    if (best) return best._id;
  }
  return null;
}
