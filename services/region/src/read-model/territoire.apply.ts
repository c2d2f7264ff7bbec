import { eachInSlices, findByIds, type ChangedIds, type Store } from "@prisme/common";
import { CENTRES_PAR_DEPARTEMENT } from "../territoire/centres.lots";
import { communesDuLot, COMMUNES_PAR_DEPARTEMENT } from "../territoire/communes.lots";
import type { LotDoc } from "../territoire/lots";
import { withCentre } from "./commune.table";
import type { RegionState } from "./region.read-model";
import { placer } from "./structure.table";

async function lots(store: Store, collection: string, changed: ChangedIds): Promise<{ ids: string[]; docs: Map<string, LotDoc> }> {
  const ids = [...(changed.get(collection) ?? [])];
  const docs = ids.length ? await findByIds<LotDoc>(store.db.collection(collection), ids) : [];
  return { ids, docs: new Map(docs.map((doc) => [doc._id, doc])) };
}

/**
 * Applies changed lots of the territory (read by _id): a lot of communes replaces the communes of
 * its département; a lot of centres re-places, from memory, the communes it touches and the
 * structures that sit in them.
 */
export async function appliquerTerritoire(store: Store, state: RegionState, changed: ChangedIds): Promise<void> {
  const centres = await lots(store, CENTRES_PAR_DEPARTEMENT, changed);
  const touches = new Set<string>();
  for (const id of centres.ids) for (const code of state.centres.appliquer(id, centres.docs.get(id) ?? null)) touches.add(code);

  const communes = await lots(store, COMMUNES_PAR_DEPARTEMENT, changed);
  const relues = [...communes.docs.values()].flatMap(communesDuLot);
  const gardees = new Set(relues.map((c) => c.code));
  for (const code of state.communes.keysWith("departement", communes.ids)) if (!gardees.has(code)) state.communes.remove(code);
  await eachInSlices(relues, (commune) => state.communes.upsert(withCentre(commune, state.centres.get(commune.code))));
  await eachInSlices([...touches], (code) => {
    const commune = state.communes.get(code);
    if (commune && !gardees.has(code)) state.communes.upsert(withCentre(commune, state.centres.get(code)));
  });
  await state.communes.commit();

  if (touches.size) {
    await eachInSlices(state.structures.keysWith("commune", [...touches]), (id) => state.structures.upsert(placer(state.structures.get(id)!, state.centres)));
    await state.structures.commit();
  }
}
