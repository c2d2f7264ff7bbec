import { findByIds, fold, scanCollection, type Store } from "@prisme/common";
import { COMMUNES, type CommuneDoc } from "../commune/commune.model";

/** What the structure importers need of a stored commune to place a structure in it. */
export type CommuneRepere = Pick<CommuneDoc, "_id" | "nom" | "codesPostaux" | "codeDepartement" | "population"> & { nomPlie: string };

const repere = (doc: CommuneDoc): CommuneRepere => ({ ...doc, nomPlie: fold(doc.nom) });

/**
 * Every stored commune, for importers that find a commune by name or postal code: one read of the
 * collection per import (an import may scan; a request never does).
 */
export async function toutesLesCommunes(store: Store): Promise<CommuneRepere[]> {
  const communes: CommuneRepere[] = [];
  for await (const doc of scanCollection<CommuneDoc>(store.db, COMMUNES)) communes.push(repere(doc));
  return communes;
}

/** The stored communes among these INSEE codes, by code (read by _id). */
export async function communesParCode(store: Store, codes: Iterable<string>): Promise<Map<string, CommuneRepere>> {
  const docs = await findByIds<CommuneDoc>(store.db.collection(COMMUNES), [...codes]);
  return new Map(docs.map((doc) => [doc._id, repere(doc)]));
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
