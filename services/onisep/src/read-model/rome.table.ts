import { fold, type CollectionTable } from "@prisme/common";
import { APPELLATIONS_ROME, type AppellationDoc } from "../rome/appellation.model";
import { ROMES, type RomeDoc } from "../rome/rome.model";
import type { LiensRome } from "./liens-rome";

/** A ROME fiche as the read model holds it: its record and the text of its job titles. */
export type RomeEntry = RomeDoc & { texteAppellations: string };

/** The ROME fiches, searched by libellé and job titles. */
export function romeTable(liens: LiensRome): CollectionTable<RomeDoc, RomeEntry> {
  return {
    collection: ROMES,
    toEntry: (doc) => ({ ...doc, texteAppellations: (liens.appellations.get(doc.code) ?? []).join(" ") }),
    spec: {
      key: (r) => r._id,
      text: {
        fields: { libelle: { of: (r) => r.libelle, boost: 3 }, appellations: { of: (r) => r.texteAppellations } },
        titles: (r) => [r.libelle, ...r.libelle.split(" / ")],
      },
      keywords: { domaineProfessionnel: (r) => r.codeDomaineProfessionnel },
      orders: { code: (r) => r.code },
    },
  };
}

/** The job titles of ROME 4.0, found by fiche: the main title first, then by libellé. */
export const appellationTable: CollectionTable<AppellationDoc, AppellationDoc> = {
  collection: APPELLATIONS_ROME,
  toEntry: (doc) => doc,
  spec: {
    key: (a) => a._id,
    keywords: { codeRome: (a) => a.codeRome },
    orders: { principaleLibelle: (a) => `${a.principale ? 0 : 1}:${fold(a.libelle)}` },
  },
};
