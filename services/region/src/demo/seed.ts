import { seedIfEmpty, type Store } from "@prisme/common";
import type { RegionModels } from "../context";
import { CENTRES, COMMUNES } from "../commune/commune.model";
import { EVENEMENTS } from "../evenement/evenement.model";
import { STRUCTURES } from "../structure/structure.model";
import { loadDecoupageAdministratif } from "../territoire/decoupage.loader";
import { DEMO_CENTRES } from "./centres";
import { demoEvenements } from "./evenements";
import { DEMO_STRUCTURES } from "./structures";

/** The départements of the first territory (former Auvergne region, académie de Clermont-Ferrand). */
export const DEMO_DEPARTEMENTS = ["03", "15", "43", "63"] as const;

const PROVENANCE = { producteur: "Prisme", jeuDeDonnees: "démonstration" };

/** Records keyed by their id. */
const parId = <T extends { id: string }>(records: T[]) => records.map((record) => ({ _id: record.id, ...record }));

/**
 * The demonstration data: every région and département of France, the communes of the Auvergne
 * départements (about 1,300, with the centres of the main towns), a few SPRO structures and
 * events. Each collection is seeded only while empty, so a later start keeps what an import loaded.
 */
export async function seedRegionDemo(store: RegionModels): Promise<number> {
  const territoire = await seedTerritoire(store);
  const structures = await seedIfEmpty(store.db, STRUCTURES, parId(DEMO_STRUCTURES), PROVENANCE, store.changes);
  const evenements = await seedIfEmpty(store.db, EVENEMENTS, parId(demoEvenements(new Date())), PROVENANCE, store.changes);
  return territoire + structures + evenements;
}

async function seedTerritoire(store: Store): Promise<number> {
  if ((await store.db.collection(COMMUNES).estimatedDocumentCount()) > 0) return 0;
  const report = await loadDecoupageAdministratif(store, { departements: DEMO_DEPARTEMENTS });
  const centres = Object.entries(DEMO_CENTRES).map(([code, centre]) => ({ _id: code, centre }));
  const written = await seedIfEmpty(store.db, CENTRES, centres, { producteur: "Prisme", jeuDeDonnees: "démonstration (centres arrondis de La Poste)" }, store.changes);
  return report.written + written;
}
