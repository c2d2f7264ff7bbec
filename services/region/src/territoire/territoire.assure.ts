import { RecordWriter, type Store } from "@prisme/common";
import { REGIONS } from "../region/region.model";
import { loadDecoupageAdministratif } from "./decoupage.loader";
import { jeuDeDonneesInstalle } from "./decoupage.source";

/**
 * Makes sure the database holds the territory of the installed @etalab/decoupage-administratif:
 * every région, département and current commune of France, so that any INSEE code a partner cites
 * resolves. Done at every start, whatever PRISME_DEMO_DATA says (the territory is the subgraph's
 * referential, not demonstration data), and cheap when nothing changed: the fingerprints of the
 * régions, written last by a load, say which vintage is stored. A new package version loads what
 * changed. Returns how many records were written.
 */
export async function assurerTerritoire(store: Store): Promise<number> {
  const installe = await jeuDeDonneesInstalle();
  const probe = new RecordWriter(store.db, REGIONS, { provenance: { producteur: "Etalab", jeuDeDonnees: installe }, counts: { created: 0, updated: 0, unchanged: 0 }, changes: store.changes });
  const stored = await probe.stored();
  if (stored.size > 0 && [...stored.values()].every((s) => s.jeuDeDonnees === installe)) return 0;
  return (await loadDecoupageAdministratif(store)).written;
}
