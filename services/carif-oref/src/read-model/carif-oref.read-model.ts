import { applyToMap, applyToTable, findByIds, loadMap, loadTable, pack, scanCollection, WRITE_BATCH, chunks, type CollectionTable, type ReadModelSpec, type Store, type Table } from "@prisme/common";
import type { CertificationDoc } from "../certification/certification.model";
import { FICHES_RNCP, type FicheRncpDoc } from "../certification/fiche-rncp.model";
import { OFFRES, type OffreDoc } from "../offre/offre.model";
import { ORGANISMES, type OrganismeDoc } from "../organisme/organisme.model";
import type { FormacodeDoc } from "../formacode/formacode.model";
import { certificationTable } from "./certification.table";
import { formacodeTable } from "./formacode.table";
import { passageTable } from "./passage.table";
import type { PassageDoc } from "../passage/passage.model";
import { checkedEntry, ENTRY_VERSION, OFFRES_RECHERCHE, offreEntry, type OffreEntry, type OffreGardee } from "./offre.entry";
import { offreTableSpec } from "./offre.table";

/**
 * What the Carif-Oref subgraph serves lists, searches and links from: the entries of the current
 * offers (the offers themselves, several kilobytes each, are read by _id for the page asked),
 * and the certifications, RNCP fiches and organismes whole.
 */
export interface CarifOrefState {
  offres: Table<OffreEntry, OffreGardee>;
  certifications: Table<CertificationDoc>;
  formacodes: Table<FormacodeDoc>;
  /** The Onisep table de passage (Certif Info ↔ RNCP ↔ CFD ↔ FOR). */
  passages: Table<PassageDoc>;
  fichesRncp: Map<string, FicheRncpDoc>;
  organismes: Map<string, OrganismeDoc>;
}

const offreEntries: CollectionTable<OffreEntry, OffreEntry, OffreGardee> = { collection: OFFRES_RECHERCHE, spec: offreTableSpec, toEntry: checkedEntry };

/** The Carif-Oref read model: loaded from the entries and referentials, kept current record by record. */
export function carifOrefReadModel(store: Store): ReadModelSpec<CarifOrefState> {
  return {
    name: "carif-oref",
    async load(progress) {
      await ensureEntries(store, progress);
      const offres = await loadTable(store.db, offreEntries, progress);
      await refreshOutdatedEntries(store, offres);
      return {
        offres,
        certifications: await loadTable(store.db, certificationTable, progress),
        formacodes: await loadTable(store.db, formacodeTable, progress),
        passages: await loadTable(store.db, passageTable, progress),
        fichesRncp: await loadMap<FicheRncpDoc>(store.db, FICHES_RNCP),
        organismes: await loadMap<OrganismeDoc>(store.db, ORGANISMES),
      };
    },
    async apply(state, changed) {
      // Offers are announced under their own collection; what the table holds is their entry.
      await applyToTable(store.db, state.offres, offreEntries, changed.get(OFFRES));
      await applyToTable(store.db, state.certifications, certificationTable, changed.get(certificationTable.collection));
      await applyToTable(store.db, state.formacodes, formacodeTable, changed.get(formacodeTable.collection));
      await applyToTable(store.db, state.passages, passageTable, changed.get(passageTable.collection));
      await applyToMap(store.db, state.fichesRncp, FICHES_RNCP, changed.get(FICHES_RNCP));
      await applyToMap(store.db, state.organismes, ORGANISMES, changed.get(ORGANISMES));
      return true;
    },
  };
}

/**
 * No entry at all while offers are stored (offers stored by a version without entries, or entries
 * lost): they are made again from the offers, reading them all once (a load, not a request).
 */
async function ensureEntries(store: Store, progress: (message: string) => void): Promise<void> {
  const entries = store.db.collection(OFFRES_RECHERCHE);
  if ((await entries.estimatedDocumentCount()) > 0 || (await store.db.collection(OFFRES).estimatedDocumentCount()) === 0) return;
  let batch: Record<string, unknown>[] = [];
  let done = 0;
  const flush = async () => {
    if (batch.length) await entries.insertMany(batch as never[], { ordered: false });
    done += batch.length;
    batch = [];
    progress(`offer entries made again from the stored offers: ${done}`);
  };
  for await (const offre of scanCollection<OffreDoc>(store.db, OFFRES)) {
    const entry = offreEntry(offre);
    if (entry) batch.push(pack(entry as unknown as Record<string, unknown>));
    if (batch.length >= 500) await flush();
  }
  await flush();
}

/** Entries written by an older version of this code are made again from their offer (read by _id), once. */
async function refreshOutdatedEntries(store: Store, offres: Table<OffreEntry, OffreGardee>): Promise<void> {
  const outdated = [...offres.all()].filter((entry) => entry.v !== ENTRY_VERSION).map((entry) => entry._id);
  for (const batch of chunks(outdated, WRITE_BATCH)) {
    const docs = await findByIds<OffreDoc>(store.db.collection(OFFRES), batch);
    const entries = docs.map(offreEntry);
    for (const id of batch) offres.remove(id);
    for (const entry of entries) if (entry) offres.upsert(entry);
    const writes = entries.filter((e): e is OffreEntry => e !== null).map((entry) => ({ replaceOne: { filter: { _id: entry._id } as never, replacement: pack(entry as unknown as Record<string, unknown>), upsert: true } }));
    if (writes.length) await store.db.collection(OFFRES_RECHERCHE).bulkWrite(writes, { ordered: false });
  }
  await offres.commit();
}
