import { fold, type CollectionTable } from "@prisme/common";
import { domaineKeys, normalizeKey, sousDomaineKeys } from "../common/text";
import { FORMATIONS, type FormationDoc } from "../formation/formation.model";
import { domaineText } from "./metier.table";

/** The keys a formation is found under by its type: sigle and libellé of its type, and its own sigle. */
export const typeKeys = (f: FormationDoc) => [...new Set([f.type?.sigle, f.type?.libelle, f.sigle].filter((t): t is string => Boolean(t)).map(normalizeKey))];

/** The formations as the read model holds them: whole records, searched by libellé, type and domaines. */
export const formationTable: CollectionTable<FormationDoc, FormationDoc> = {
  collection: FORMATIONS,
  toEntry: (doc) => doc,
  spec: {
    key: (f) => f._id,
    text: {
      fields: {
        libelle: { of: (f) => f.libelle, boost: 3 },
        type: { of: (f) => [f.type?.sigle, f.type?.libelle].filter(Boolean).join(" ") },
        domaines: { of: domaineText, boost: 0.5 },
      },
      titles: (f) => [f.libelle],
    },
    keywords: {
      niveau: (f) => f.niveau?.europeen ?? null,
      type: typeKeys,
      domaine: (f) => domaineKeys(f.domaines ?? []),
      sousDomaine: (f) => sousDomaineKeys(f.domaines ?? []),
      codeRome: (f) => f.codesRome ?? [],
      codeRncp: (f) => f.codeRncp ?? null,
    },
    orders: { libelle: (f) => fold(f.libelle) },
  },
};
