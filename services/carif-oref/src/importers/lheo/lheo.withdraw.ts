import type { CarifOrefModels } from "../../context";
import { removeSearchEntries } from "../../search/offre-search.entries";
import { fingerprintsOf, type Known } from "../fingerprints";

/** Offers from LHEO feeds carry this dataset prefix; demonstration data and other sources are never withdrawn by a feed. */
export const LHEO_DATASET_PREFIX = "Flux LHEO";
const WITHDRAW_CHUNK = 50;

/**
 * Marks withdrawn (retiree) the feed offers a full feed no longer carries: kept, never deleted.
 * `known` is what was stored before the import; `seen` the numeros of the file. Offers are updated
 * by _id (an index search), 50 per command (FerretDB 1.24 stalls on an update command carrying
 * 100 statements or more); their search entries go, and their fingerprints say withdrawn too.
 */
export async function withdrawVanished(models: CarifOrefModels, known: ReadonlyMap<string, Known>, seen: ReadonlySet<string>): Promise<number> {
  const vanished = [...known.entries()]
    .filter(([id, k]) => !seen.has(id) && !k.retiree && (k.jeuDeDonnees ?? "").startsWith(LHEO_DATASET_PREFIX))
    .map(([id]) => id);
  const now = new Date();
  const update = { $set: { retiree: true, dateRetrait: now, "provenance.miseAJour": now } };
  for (let i = 0; i < vanished.length; i += WITHDRAW_CHUNK) {
    const chunk = vanished.slice(i, i + WITHDRAW_CHUNK);
    await models.Offre.collection.bulkWrite(chunk.map((id) => ({ updateOne: { filter: { _id: id }, update } })) as never, { ordered: false });
    await removeSearchEntries(models, chunk);
    await fingerprintsOf(models.Offre as never).updateMany({ _id: { $in: chunk } }, { $set: { retiree: true } });
  }
  return vanished.length;
}
