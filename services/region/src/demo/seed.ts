import type { RegionModels } from "../context";
import { loadDecoupageAdministratif } from "../territoire/decoupage.loader";

/** The départements of the first territory (former Auvergne region, académie de Clermont-Ferrand). */
export const DEMO_DEPARTEMENTS = ["03", "15", "43", "63"] as const;

/**
 * The demonstration territory: every région and département of France, and the communes of the
 * Auvergne départements (about 1,300; the full 35,000 are for the import command). Nothing is
 * written when communes are already stored, so a later start keeps what an import loaded.
 */
export async function seedRegionDemo(models: RegionModels): Promise<number> {
  if ((await models.Commune.estimatedDocumentCount()) > 0) return 0;
  const report = await loadDecoupageAdministratif(models, { departements: DEMO_DEPARTEMENTS });
  return report.written;
}
