import { noProgress, type ProgressSink } from "@prisme/common";
import type { mongo } from "mongoose";
import type { CarifOrefModels } from "../context";
import { saveById } from "../common/save-by-id";
import type { OffreDoc } from "../offre/offre.model";
import { SEARCH_PROJECTION, toSearchEntry, type SearchEntryDoc } from "./offre-search.document";

const REMOVE_CHUNK = 50;

/** The search entries of the current offers (withdrawn offers have none), keyed by numero. */
export const searchEntriesOf = (models: CarifOrefModels): mongo.Collection<SearchEntryDoc> => models.Offre.db.collection<SearchEntryDoc>("offres_recherche");

/** Stores the search entries of offers just written by an import. */
export function saveSearchEntries(models: CarifOrefModels, offres: OffreDoc[], created: ReadonlySet<string>): Promise<void> {
  return saveById(searchEntriesOf(models), offres.map(toSearchEntry), created);
}

/** Removes the search entries of withdrawn offers. */
export async function removeSearchEntries(models: CarifOrefModels, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += REMOVE_CHUNK) await searchEntriesOf(models).deleteMany({ _id: { $in: ids.slice(i, i + REMOVE_CHUNK) } });
}

/**
 * Builds the search entries from the stored offers when there are none while current offers exist:
 * demonstration data, or offers stored before entries existed. Reads every offer once.
 */
export async function ensureSearchEntries(models: CarifOrefModels, progress: ProgressSink = noProgress): Promise<void> {
  const entries = searchEntriesOf(models);
  if ((await entries.findOne({})) || !(await models.Offre.collection.findOne({ retiree: { $ne: true } }))) return;
  const cursor = models.Offre.collection.find({ retiree: { $ne: true } }, { projection: SEARCH_PROJECTION, batchSize: 1000 });
  let batch: SearchEntryDoc[] = [];
  let done = 0;
  const flush = async () => {
    if (batch.length) await saveById(entries, batch, new Set(batch.map((e) => e._id)));
    done += batch.length;
    batch = [];
    progress(`[carif-oref] search entries built from the stored offers (once): ${done}`);
  };
  for await (const offre of cursor) {
    batch.push(toSearchEntry(offre as unknown as OffreDoc));
    if (batch.length >= 500) await flush();
  }
  await flush();
}
