import { findByIds, RecordWriter, type Store } from "@prisme/common";
import { EVENEMENTS, type EvenementDoc, type EvenementRecord } from "./evenement.model";

const PROVENANCE = { producteur: "Région", jeuDeDonnees: "Événements saisis par les administrateurs" };

/**
 * Writes an administrator's event through the one write path (by _id, fingerprint, change log):
 * every process and replica follows the change log, so all of them see it, not only this one.
 */
export async function enregistrerEvenement(store: Store, record: EvenementRecord): Promise<void> {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  await new RecordWriter<EvenementRecord>(store.db, EVENEMENTS, { provenance: PROVENANCE, counts, changes: store.changes }).write([record]);
}

/** The stored event (by _id: the database, not the read model, is what a change starts from), without its provenance. */
export async function evenementStocke(store: Store, id: string): Promise<EvenementRecord | null> {
  const [doc] = await findByIds<EvenementDoc>(store.db.collection(EVENEMENTS), [id]);
  if (!doc) return null;
  const record: Partial<EvenementDoc> = { ...doc };
  // The writer stamps its own provenance.
  delete record.provenance;
  return record as EvenementRecord;
}
