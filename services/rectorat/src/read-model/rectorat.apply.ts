import { findByIds, timeSlicer, type ChangedIds, type Keyed, type Store } from "@prisme/common";
import { ETABLISSEMENTS, type EtablissementDoc } from "../etablissement/etablissement.model";
import { INSERTIONS, type InsertionDoc } from "../insertion/insertion.model";
import { LIENS_CFD_ONISEP, LIENS_TABLE_DE_PASSAGE, type LienCfdOnisepDoc } from "../lien/lien-cfd-onisep.model";
import { MEFS, type MefDoc } from "../mef/mef.model";
import { OFFRES, type OffreDoc } from "../offre/offre.model";
import { enseignementsDe, entreeDe, memesEnseignements } from "./etablissement.entree";
import type { Groupes } from "./groupes";
import type { RectoratState } from "./rectorat.read-model";

interface Lus<D extends Keyed> {
  ids: string[];
  docs: D[];
}

async function lire<D extends Keyed>(store: Store, collection: string, changed: ChangedIds): Promise<Lus<D>> {
  const ids = [...(changed.get(collection) ?? [])];
  return { ids, docs: ids.length ? await findByIds<D>(store.db.collection(collection), ids) : [] };
}

/** Replaces the changed records of a map (a record gone from the database is removed). */
function remplacer<D extends Keyed>(map: Map<string, D>, { ids, docs }: Lus<D>): void {
  for (const id of ids) map.delete(id);
  for (const doc of docs) map.set(doc._id, doc);
}

/** Replaces the changed records of groups; returns the groups (UAIs) touched. */
function regrouper<D extends Keyed>(groupes: Groupes<D>, { ids, docs }: Lus<D>): Set<string> {
  const touches = new Set<string>();
  for (const id of ids) {
    const groupe = groupes.delete(id);
    if (groupe !== null) touches.add(groupe);
  }
  for (const doc of docs) for (const groupe of groupes.set(doc)) touches.add(groupe);
  return touches;
}

/**
 * Applies what the change log announced, reading only the changed records (by _id).
 *
 * What each établissement teaches is derived from offers × BCN MEF × CFD links. A change
 * of offers re-derives the UAIs of those offers. A change of a referential (MEF rows, CFD links)
 * may move any offer, so every établissement is re-derived from memory, yielding as it goes,
 * and only those whose derivation differs are re-indexed: no reload from the database, which
 * would read the 10,000 MEF rows again for a one-row correction.
 */
export async function appliquer(store: Store, state: RectoratState, changed: ChangedIds): Promise<boolean> {
  // Everything is read before anything changes. Maps are replaced at once (cheap); the table, whose
  // entries are re-indexed one by one (MiniSearch, 30 to 170 µs each), with pauses that let requests through.
  const [mefs, liens, liensTable, offres, insertions, etablissements] = await Promise.all([
    lire<MefDoc>(store, MEFS, changed),
    lire<LienCfdOnisepDoc>(store, LIENS_CFD_ONISEP, changed),
    lire<LienCfdOnisepDoc>(store, LIENS_TABLE_DE_PASSAGE, changed),
    lire<OffreDoc>(store, OFFRES, changed),
    lire<InsertionDoc>(store, INSERTIONS, changed),
    lire<EtablissementDoc>(store, ETABLISSEMENTS, changed),
  ]);
  const { decodage, etablissements: table } = state;
  remplacer(decodage.mefs, mefs);
  if (mefs.ids.length) decodage.reindexer();
  remplacer(decodage.liens, liens);
  remplacer(decodage.liensTableDePassage, liensTable);
  const touches = regrouper(state.offres, offres);
  regrouper(state.insertions, insertions);

  const relus = new Set(etablissements.docs.map((doc) => doc._id));
  for (const uai of etablissements.ids) if (!relus.has(uai)) table.remove(uai);
  const pause = timeSlicer();
  for (const doc of etablissements.docs) {
    table.upsert(entreeDe(doc, enseignementsDe(state.offres.of(doc._id), decodage)));
    await pause();
  }

  const aRevoir = mefs.ids.length || liens.ids.length || liensTable.ids.length ? [...table.all()].map((e) => e.uai) : [...touches];
  for (const uai of aRevoir) {
    const entree = relus.has(uai) ? undefined : table.get(uai);
    if (!entree) continue;
    const derive = enseignementsDe(state.offres.of(uai), decodage);
    if (!memesEnseignements(entree, derive)) table.upsert({ ...entree, ...derive });
    await pause();
  }
  await table.commit();
  return true;
}
