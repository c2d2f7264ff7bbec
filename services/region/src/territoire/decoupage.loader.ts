import { ImportReport, RecordWriter, type Provenance, type Store } from "@prisme/common";
import type { RegionModels } from "../context";
import { COMMUNES } from "../commune/commune.model";
import { CODE_DEPARTEMENT } from "../common/identifiers";
import { DEPARTEMENTS } from "../departement/departement.model";
import { REGIONS } from "../region/region.model";
import { readDecoupage, type Decoupage } from "./decoupage.source";

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

/** Writes records keyed by their INSEE code through the one write path, counting them in the report. */
async function ecrire(store: Store, collection: string, records: { code: string }[], provenance: Omit<Provenance, "miseAJour">, report: ImportReport): Promise<void> {
  report.read += records.length;
  const writer = new RecordWriter(store.db, collection, { provenance, counts: report, changes: store.changes, label: `${DECOUPAGE_SOURCE} ${collection}` });
  await writer.write(records.map((record) => ({ _id: record.code, ...record })));
}

/**
 * Loads the régions, départements and current communes of @etalab/decoupage-administratif
 * (the Code officiel géographique with postal codes and populations) into the subgraph's
 * collections. Idempotent: a second load of the same package version writes nothing.
 */
export async function loadDecoupageAdministratif(store: RegionModels, options: DecoupageLoadOptions = {}): Promise<DecoupageLoadReport> {
  const decoupage = await readDecoupage();
  const only = options.departements ? restriction(options.departements, decoupage) : null;
  const source = { producteur: "Etalab", jeuDeDonnees: decoupage.jeuDeDonnees };
  const regions = new ImportReport(DECOUPAGE_SOURCE, "regions.json");
  const departements = new ImportReport(DECOUPAGE_SOURCE, "departements.json");
  const communes = new ImportReport(DECOUPAGE_SOURCE, "communes.json");
  const reports = { regions, departements, communes };
  for (const rejection of decoupage.rejected) reports[rejection.file].reject(rejection.code, rejection.reason);

  // Parents first: a commune never points at a département that is not stored yet.
  await ecrire(store, REGIONS, decoupage.regions, source, regions);
  await ecrire(store, DEPARTEMENTS, decoupage.departements, source, departements);
  await ecrire(store, COMMUNES, only ? decoupage.communes.filter((c) => only.has(c.codeDepartement)) : decoupage.communes, source, communes);

  const written = [regions, departements, communes].reduce((sum, r) => sum + r.created + r.updated, 0);
  return { jeuDeDonnees: decoupage.jeuDeDonnees, regions, departements, communes, written };
}
