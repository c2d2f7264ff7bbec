import { seedIfEmpty } from "@prisme/common";
import type { RegionModels } from "../context";
import { invalidateStructureIndex } from "../structure/structure.index";
import { DEMO_STRUCTURES } from "./structures";
import { demoEvenements } from "./evenements";
import { invalidateEvenementIndex } from "../evenement/evenement.index";
import { loadDecoupageAdministratif } from "../territoire/decoupage.loader";
import { invalidateCommuneIndex } from "../recherche/commune.index";
import { DEMO_CENTRES } from "./centres";

/** The départements of the first territory (former Auvergne region, académie de Clermont-Ferrand). */
export const DEMO_DEPARTEMENTS = ["03", "15", "43", "63"] as const;

/**
 * The demonstration data: every région and département of France, the communes of the Auvergne
 * départements (about 1,300, with the centres of the main towns), a few SPRO structures and
 * events. Each collection is seeded only while empty, so a later start keeps what an import loaded.
 */
export async function seedRegionDemo(models: RegionModels): Promise<number> {
  const structures = await seedIfEmpty(models.StructureSpro, DEMO_STRUCTURES, { producteur: "Prisme", jeuDeDonnees: "démonstration" });
  if (structures) invalidateStructureIndex(models.StructureSpro);
  const evenements = await seedIfEmpty(models.Evenement, demoEvenements(new Date()), { producteur: "Prisme", jeuDeDonnees: "démonstration" });
  if (evenements) invalidateEvenementIndex(models.Evenement);
  return structures + evenements + (await seedTerritoire(models));
}

async function seedTerritoire(models: RegionModels): Promise<number> {
  if ((await models.Commune.estimatedDocumentCount()) > 0) return 0;
  const report = await loadDecoupageAdministratif(models, { departements: DEMO_DEPARTEMENTS });
  const centreProvenance = { producteur: "Prisme", jeuDeDonnees: "démonstration (centres arrondis de La Poste)", miseAJour: new Date() };
  // A dozen updates: well under FerretDB's limit of statements per command.
  const written = await models.Commune.bulkWrite(
    Object.entries(DEMO_CENTRES).map(([code, centre]) => ({ updateOne: { filter: { code }, update: { $set: { centre, centreProvenance } } } })),
    { ordered: false },
  );
  invalidateCommuneIndex(models.Commune);
  return report.written + written.modifiedCount;
}
