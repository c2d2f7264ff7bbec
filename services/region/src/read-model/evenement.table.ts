import type { CollectionTable } from "@prisme/common";
import { EVENEMENTS, type EvenementDoc } from "../evenement/evenement.model";

/**
 * The events: by type, métier, formation and établissement concerned; dates as numbers (ms) so
 * that "not over at du" and "starting before au" are ranges; near a point; soonest first.
 */
export const evenementTable: CollectionTable<EvenementDoc, EvenementDoc> = {
  collection: EVENEMENTS,
  toEntry: (doc) => doc,
  spec: {
    key: (e) => e.id,
    keywords: {
      type: (e) => e.type,
      metier: (e) => e.metierIds,
      formation: (e) => e.formationIds,
      uai: (e) => e.uais,
    },
    numbers: {
      debut: (e) => e.debut.getTime(),
      fin: (e) => e.fin.getTime(),
    },
    orders: { debut: (e) => e.debut.getTime() },
    points: (e) => (e.coordonnees ? [e.coordonnees] : []),
  },
};
