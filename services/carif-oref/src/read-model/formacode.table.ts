import type { CollectionTable, Table } from "@prisme/common";
import { FORMACODES, type FormacodeDoc } from "../formacode/formacode.model";

/** The Formacode terms, whole (a few thousand), searched by libellé and synonyms, linked by broader term. */
export const formacodeTable: CollectionTable<FormacodeDoc, FormacodeDoc> = {
  collection: FORMACODES,
  toEntry: (doc) => doc,
  spec: {
    key: (f) => f._id,
    text: {
      fields: { libelle: { of: (f) => f.libelle, boost: 3 }, synonymes: { of: (f) => f.synonymes.join(" ") } },
      titles: (f) => [f.libelle],
    },
    keywords: { generique: (f) => f.termesGeneriques, champSemantique: (f) => f.champSemantique?.code ?? null },
    orders: { code: (f) => f.code },
  },
};

/**
 * A term and every narrower one, transitively (the specific terms the thesaurus lists, and the terms
 * naming it as their generic term): what an offer indexed under a narrower term is also about.
 */
export function formacodeEtPlusPrecis(formacodes: Table<FormacodeDoc>, code: string): string[] {
  const found = new Set([code]);
  const queue = [code];
  while (queue.length) {
    const current = queue.shift()!;
    const narrower = [...(formacodes.get(current)?.termesSpecifiques ?? []), ...formacodes.keysWith("generique", [current])];
    for (const next of narrower) {
      if (found.has(next)) continue;
      found.add(next);
      queue.push(next);
    }
  }
  return [...found];
}
