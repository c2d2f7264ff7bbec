import { ImportReport } from "@prisme/common";
import type { RegionModels } from "../context";
import { CODE_DEPARTEMENT } from "../common/identifiers";
import { readDecoupage, type Decoupage } from "./decoupage.source";
import { upsertByCode } from "./upsert-by-code";

/** The name this source will have in the import CLI. */
export const DECOUPAGE_SOURCE = "decoupage-administratif";

export interface DecoupageLoadOptions {
  /** Only the communes of these départements (INSEE codes); régions and départements are always all loaded. */
  departements?: readonly string[];
}

export interface DecoupageLoadReport {
  /** The dataset stamped into provenance, e.g. "@etalab/decoupage-administratif 6.0.0". */
  jeuDeDonnees: string;
  regions: ImportReport;
  departements: ImportReport;
  communes: ImportReport;
  /** Records created or updated, the three collections together (0 when nothing changed). */
  written: number;
}

/** Checks a restriction against the package's départements, before anything is written. */
function restriction(codes: readonly string[], decoupage: Decoupage): Set<string> {
  const known = new Set(decoupage.departements.map((d) => d.code));
  for (const code of codes) {
    if (!CODE_DEPARTEMENT.test(code)) throw new Error(`"${code}" is not an INSEE département code: expected something like 63, 2A or 974.`);
    if (!known.has(code)) throw new Error(`Département "${code}" is not in ${decoupage.jeuDeDonnees}.`);
  }
  return new Set(codes);
}

/**
 * Loads the régions, départements and current communes of @etalab/decoupage-administratif
 * (the Code officiel géographique with postal codes and populations) into the subgraph's
 * collections. Idempotent: a second load of the same package version writes nothing.
 */
export async function loadDecoupageAdministratif(models: RegionModels, options: DecoupageLoadOptions = {}): Promise<DecoupageLoadReport> {
  const decoupage = await readDecoupage();
  const only = options.departements ? restriction(options.departements, decoupage) : null;
  const source = { producteur: "Etalab", jeuDeDonnees: decoupage.jeuDeDonnees };
  const regions = new ImportReport(DECOUPAGE_SOURCE, "regions.json");
  const departements = new ImportReport(DECOUPAGE_SOURCE, "departements.json");
  const communes = new ImportReport(DECOUPAGE_SOURCE, "communes.json");
  const reports = { regions, departements, communes };
  for (const rejection of decoupage.rejected) reports[rejection.file].reject(rejection.code, rejection.reason);

  // Parents first: a commune never points at a département that is not stored yet.
  await upsertByCode(models.Region, decoupage.regions, source, {}, regions);
  await upsertByCode(models.Departement, decoupage.departements, source, {}, departements);
  // A restricted load only reads back the communes of its départements (an INSEE commune code
  // starts with its département's, so a commune of the list cannot be stored under another).
  const wanted = only ? decoupage.communes.filter((c) => only.has(c.codeDepartement)) : decoupage.communes;
  await upsertByCode(models.Commune, wanted, source, only ? { codeDepartement: { $in: [...only] } } : {}, communes);

  const written = [regions, departements, communes].reduce((sum, r) => sum + r.created + r.updated, 0);
  return { jeuDeDonnees: decoupage.jeuDeDonnees, regions, departements, communes, written };
}
