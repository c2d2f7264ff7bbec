import { fold, type CollectionTable } from "@prisme/common";
import { domaineKeys, sousDomaineKeys } from "../common/text";
import { METIERS, type MetierDoc } from "../metier/metier.model";
import type { TransitionsDoc } from "../metier/transitions.model";
import type { LiensRome } from "./liens-rome";

const domaineText = (doc: { domaines?: { domaine: string; sousDomaine: string | null }[] }) => (doc.domaines ?? []).map((d) => `${d.domaine} ${d.sousDomaine ?? ""}`).join(" ");

/** A métier as the read model holds it: its record, with the ROME links and transitions of the table métiers ↔ ROME and the job titles of its fiches. */
export type MetierEntry = MetierDoc & { transitions: TransitionsDoc | null; texteAppellations: string };

/** A métier completed by the ROME referentials: codes of both Onisep sources, their transitions and job titles. */
export function metierEntry(doc: MetierDoc, liens: LiensRome): MetierEntry {
  const codesRome = [...(doc.codesRome ?? [])];
  const libellesRome = [...(doc.libellesRome ?? [])];
  for (const code of liens.romesParMetier.get(doc._id) ?? []) {
    if (codesRome.includes(code)) continue;
    codesRome.push(code);
    libellesRome[codesRome.length - 1] = liens.metiersRome.get(code)?.libelleRome ?? "";
  }
  const flagged = codesRome.flatMap((code) => liens.metiersRome.get(code) ?? []);
  const transitions = flagged.length
    ? {
        ecologique: flagged.some((r) => r.transitionEcologique),
        typesEcologique: [...new Set(flagged.flatMap((r) => (r.typeTransitionEcologique ? [r.typeTransitionEcologique] : [])))].sort(),
        numerique: flagged.some((r) => r.transitionNumerique),
        demographique: flagged.some((r) => r.transitionDemographique),
      }
    : null;
  const texteAppellations = [...new Set(codesRome.flatMap((code) => liens.appellations.get(code) ?? []))].join(" ");
  return { ...doc, codesRome, libellesRome, transitions, texteAppellations };
}

/** The métiers as the read model holds them: searched by libellé, ROME libellés, job titles of their fiches and domaines. */
export function metierTable(liens: LiensRome): CollectionTable<MetierDoc, MetierEntry> {
  return {
    collection: METIERS,
    toEntry: (doc) => metierEntry(doc, liens),
    spec: {
      key: (m) => m._id,
      text: {
        fields: {
          libelle: { of: (m) => m.libelle, boost: 3 },
          rome: { of: (m) => (m.libellesRome ?? []).join(" ") },
          // « plaquiste », « aide-soignant »: the job titles people type, through the métier's ROME fiches.
          appellations: { of: (m) => m.texteAppellations, boost: 0.7 },
          domaines: { of: domaineText, boost: 0.5 },
        },
        // "menuisier / menuisière": each form is a title.
        titles: (m) => [m.libelle, ...m.libelle.split(" / ")],
      },
      keywords: {
        domaine: (m) => domaineKeys(m.domaines ?? []),
        sousDomaine: (m) => sousDomaineKeys(m.domaines ?? []),
        codeRome: (m) => m.codesRome ?? [],
        transitionEcologique: (m) => m.transitions?.ecologique ?? null,
        transitionNumerique: (m) => m.transitions?.numerique ?? null,
        transitionDemographique: (m) => m.transitions?.demographique ?? null,
      },
      orders: { libelle: (m) => fold(m.libelle) },
    },
  };
}

export { domaineText };
