import { seedIfEmpty, type Store } from "@prisme/common";
import type { RegionModels } from "../context";
import { EVENEMENTS } from "../evenement/evenement.model";
import { STRUCTURES } from "../structure/structure.model";
import { centreCodec, CENTRES_PAR_DEPARTEMENT, cleLotCentres } from "../territoire/centres.lots";
import { encoderLot } from "../territoire/lots";
import { assurerTerritoire } from "../territoire/territoire.assure";
import { DEMO_CENTRES } from "./centres";
import { demoEvenements } from "./evenements";
import { DEMO_STRUCTURES } from "./structures";

const PROVENANCE = { producteur: "Prisme", jeuDeDonnees: "démonstration" };

/** Records keyed by their id. */
const parId = <T extends { id: string }>(records: T[]) => records.map((record) => ({ _id: record.id, ...record }));

/**
 * The demonstration data: the territory of all France (every région, département and current
 * commune, as every start loads it), the centres of the main Auvergne towns (the rest come from
 * `codes-postaux`), a few SPRO structures and events. Each collection is seeded only while empty,
 * so a later start keeps what an import loaded.
 */
export async function seedRegionDemo(store: RegionModels): Promise<number> {
  const territoire = await assurerTerritoire(store);
  const centres = await seedCentres(store);
  const structures = await seedIfEmpty(store.db, STRUCTURES, parId(DEMO_STRUCTURES), PROVENANCE, store.changes);
  const evenements = await seedIfEmpty(store.db, EVENEMENTS, parId(demoEvenements(new Date())), PROVENANCE, store.changes);
  return territoire + centres + structures + evenements;
}

/** The demonstration centres, in their own lots (`demo:63`…): La Poste's, imported later, take precedence without erasing them. */
async function seedCentres(store: Store): Promise<number> {
  const lots = new Map<string, { code: string; centre: (typeof DEMO_CENTRES)[string] }[]>();
  for (const [code, centre] of Object.entries(DEMO_CENTRES)) {
    // The demonstration towns are all of metropolitan départements: the two first digits.
    const id = cleLotCentres("demo", code.slice(0, 2));
    lots.set(id, [...(lots.get(id) ?? []), { code, centre }]);
  }
  const docs = [...lots].map(([_id, centres]) => ({ _id, ...encoderLot(centreCodec, centres) }));
  return seedIfEmpty(store.db, CENTRES_PAR_DEPARTEMENT, docs, { producteur: "Prisme", jeuDeDonnees: "démonstration (centres arrondis de La Poste)" }, store.changes);
}
