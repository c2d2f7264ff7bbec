import { loadMap, type Store, type Table } from "@prisme/common";
import { METIERS_ROME, type MetierRomeDoc } from "../metier/metier-rome.model";
import { APPELLATIONS_ROME, type AppellationDoc } from "../rome/appellation.model";

/**
 * What the métiers and ROME fiches of the read model are completed with: the job titles of each ROME
 * fiche (searching « plaquiste » finds the fiche F1604 and its métiers) and the Onisep table métiers ↔
 * ROME (more links, and the transition flags). Both are small referentials: when one changes, the
 * read model is loaded again whole.
 */
export interface LiensRome {
  /** Appellation libellés by ROME code. */
  appellations: Map<string, string[]>;
  /** The table métiers ↔ ROME, by ROME code. */
  metiersRome: Map<string, MetierRomeDoc>;
  /** The ROME codes the table métiers ↔ ROME gives each Onisep métier. */
  romesParMetier: Map<string, string[]>;
}

/** The collections whose change calls for a whole load. */
export const LIENS_COLLECTIONS = [APPELLATIONS_ROME, METIERS_ROME];

/** Groups the loaded appellations by fiche and reads the table métiers ↔ ROME. */
export async function loadLiensRome(store: Store, appellationTable: Table<AppellationDoc>): Promise<LiensRome> {
  const appellations = new Map<string, string[]>();
  for (const doc of appellationTable.all()) {
    const list = appellations.get(doc.codeRome) ?? [];
    list.push(doc.libelle);
    appellations.set(doc.codeRome, list);
  }
  const metiersRome = await loadMap<MetierRomeDoc>(store.db, METIERS_ROME);
  const romesParMetier = new Map<string, string[]>();
  for (const rome of metiersRome.values()) for (const metier of rome.metiers) romesParMetier.set(metier.id, [...(romesParMetier.get(metier.id) ?? []), rome.codeRome]);
  return { appellations, metiersRome, romesParMetier };
}
