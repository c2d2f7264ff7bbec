import type { Model } from "mongoose";
import type { OffreDoc } from "../../offre/offre.model";
import type { Known } from "./fingerprint.writer";

/** Offers from LHEO feeds carry this dataset prefix; demonstration data and other sources are never withdrawn by a feed. */
export const LHEO_DATASET_PREFIX = "Flux LHEO";

/**
 * Marks withdrawn (retiree) the feed offers a full feed no longer carries: kept, never deleted.
 * `known` is what was stored before the import; `seen` the numeros of the file. One updateMany per
 * 5,000 offers (each is a collection scan on FerretDB).
 */
export async function withdrawVanished(model: Model<OffreDoc>, known: ReadonlyMap<string, Known>, seen: ReadonlySet<string>): Promise<number> {
  const vanished = [...known.entries()]
    .filter(([id, k]) => !seen.has(id) && !k.retiree && (k.jeuDeDonnees ?? "").startsWith(LHEO_DATASET_PREFIX))
    .map(([id]) => id);
  const now = new Date();
  for (let i = 0; i < vanished.length; i += 5000) {
    await model.updateMany({ _id: { $in: vanished.slice(i, i + 5000) } }, { $set: { retiree: true, dateRetrait: now, "provenance.miseAJour": now } });
  }
  return vanished.length;
}
