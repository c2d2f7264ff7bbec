import { ImportReport, RecordWriter, type Provenance, type Store } from "@prisme/common";
import type { RegionModels } from "../context";
import { DEPARTEMENTS } from "../departement/departement.model";
import { REGIONS } from "../region/region.model";
import { communeCodec, COMMUNES_PAR_DEPARTEMENT, type CommuneLue } from "./communes.lots";
import { readDecoupage, type CommuneRecord } from "./decoupage.source";
import { ecrireLots } from "./lots.writer";

/** The name of this source in reports. */
export const DECOUPAGE_SOURCE = "decoupage-administratif";

export interface DecoupageLoadReport {
  /** The dataset stamped into provenance, e.g. "@etalab/decoupage-administratif 6.0.0". */
  jeuDeDonnees: string;
  regions: ImportReport;
  departements: ImportReport;
  communes: ImportReport;
  /** Records created or updated, the three collections together (0 when nothing changed). */
  written: number;
}

/** Writes records keyed by their INSEE code through the one write path, counting them in the report. */
async function ecrire(store: Store, collection: string, records: { code: string }[], provenance: Omit<Provenance, "miseAJour">, report: ImportReport): Promise<void> {
  report.read += records.length;
  const writer = new RecordWriter(store.db, collection, { provenance, counts: report, changes: store.changes, label: `${DECOUPAGE_SOURCE} ${collection}` });
  await writer.write(records.map((record) => ({ _id: record.code, ...record })));
}

/** The communes by département: the lots they are stored in. */
function parDepartement(communes: readonly CommuneRecord[]): Map<string, CommuneLue[]> {
  const lots = new Map<string, CommuneLue[]>();
  for (const { codeDepartement, ...commune } of communes) {
    const lot = lots.get(codeDepartement);
    if (lot) lot.push(commune);
    else lots.set(codeDepartement, [commune]);
  }
  return lots;
}

/**
 * Loads every région, département and current commune of the installed
 * @etalab/decoupage-administratif (the Code officiel géographique with postal codes and
 * populations), the communes in lots by département. Idempotent: a second load of the same package
 * version writes nothing. Counts are per commune, département and région. A commune a later vintage
 * no longer lists (merged into another) is kept: partners still cite its code.
 */
export async function loadDecoupageAdministratif(store: RegionModels): Promise<DecoupageLoadReport> {
  const decoupage = await readDecoupage();
  const source = { producteur: "Etalab", jeuDeDonnees: decoupage.jeuDeDonnees };
  const regions = new ImportReport(DECOUPAGE_SOURCE, "regions.json");
  const departements = new ImportReport(DECOUPAGE_SOURCE, "departements.json");
  const communes = new ImportReport(DECOUPAGE_SOURCE, "communes.json");
  const reports = { regions, departements, communes };
  for (const rejection of decoupage.rejected) reports[rejection.file].reject(rejection.code, rejection.reason);

  // Régions last: stored at this vintage, they say the whole load went through (assurerTerritoire).
  communes.read += decoupage.communes.length;
  await ecrireLots(store, COMMUNES_PAR_DEPARTEMENT, communeCodec, parDepartement(decoupage.communes), source, communes);
  await ecrire(store, DEPARTEMENTS, decoupage.departements, source, departements);
  await ecrire(store, REGIONS, decoupage.regions, source, regions);

  const written = [regions, departements, communes].reduce((sum, r) => sum + r.created + r.updated, 0);
  return { jeuDeDonnees: decoupage.jeuDeDonnees, regions, departements, communes, written };
}
