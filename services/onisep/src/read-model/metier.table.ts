import { fold, type CollectionTable } from "@prisme/common";
import { domaineKeys, sousDomaineKeys } from "../common/text";
import { METIERS, type MetierDoc } from "../metier/metier.model";

const domaineText = (doc: { domaines?: { domaine: string; sousDomaine: string | null }[] }) => (doc.domaines ?? []).map((d) => `${d.domaine} ${d.sousDomaine ?? ""}`).join(" ");

/** The métiers as the read model holds them: whole records, searched by libellé, ROME libellés and domaines. */
export const metierTable: CollectionTable<MetierDoc, MetierDoc> = {
  collection: METIERS,
  toEntry: (doc) => doc,
  spec: {
    key: (m) => m._id,
    text: {
      fields: {
        libelle: { of: (m) => m.libelle, boost: 3 },
        rome: { of: (m) => (m.libellesRome ?? []).join(" ") },
        domaines: { of: domaineText, boost: 0.5 },
      },
      // "menuisier / menuisière": each form is a title.
      titles: (m) => [m.libelle, ...m.libelle.split(" / ")],
    },
    keywords: {
      domaine: (m) => domaineKeys(m.domaines ?? []),
      sousDomaine: (m) => sousDomaineKeys(m.domaines ?? []),
      codeRome: (m) => m.codesRome ?? [],
    },
    orders: { libelle: (m) => fold(m.libelle) },
  },
};

export { domaineText };
