import { scanCollection, type Keyed } from "@prisme/common";
import type { mongo } from "mongoose";

/**
 * Records by _id, and their ids by a grouping key: the offers and the InserJeunes indicators of
 * each UAI. Kept current record by record, so a change reports which groups it touched.
 */
export class Groupes<D extends Keyed> {
  private readonly parId = new Map<string, D>();
  private readonly parGroupe = new Map<string, Set<string>>();

  constructor(private readonly groupeDe: (record: D) => string) {}

  get size(): number {
    return this.parId.size;
  }

  get(id: string): D | undefined {
    return this.parId.get(id);
  }

  /** The records of a group, in no particular order. */
  of(groupe: string): D[] {
    return [...(this.parGroupe.get(groupe) ?? [])].map((id) => this.parId.get(id)!);
  }

  all(): IterableIterator<D> {
    return this.parId.values();
  }

  /** Adds or replaces a record; returns the groups it left or joined. */
  set(record: D): string[] {
    const touched = this.delete(record._id);
    const groupe = this.groupeDe(record);
    this.parId.set(record._id, record);
    const ids = this.parGroupe.get(groupe);
    if (ids) ids.add(record._id);
    else this.parGroupe.set(groupe, new Set([record._id]));
    return touched === null || touched === groupe ? [groupe] : [touched, groupe];
  }

  /** Removes a record by _id; returns the group it was in, or null when absent. */
  delete(id: string): string | null {
    const before = this.parId.get(id);
    if (!before) return null;
    const groupe = this.groupeDe(before);
    this.parId.delete(id);
    const ids = this.parGroupe.get(groupe)!;
    ids.delete(id);
    if (ids.size === 0) this.parGroupe.delete(groupe);
    return groupe;
  }

  /** Loads a whole collection (off the request path: a scan that yields to the event loop). */
  static async load<D extends Keyed>(db: mongo.Db, collection: string, groupeDe: (record: D) => string): Promise<Groupes<D>> {
    const groupes = new Groupes<D>(groupeDe);
    for await (const record of scanCollection<D>(db, collection)) groupes.set(record);
    return groupes;
  }
}
