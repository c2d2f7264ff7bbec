import { findByIds, ImportReport, type Store } from "@prisme/common";
import { ETABLISSEMENTS } from "../../etablissement/etablissement.model";

/**
 * The report of an import of rows keyed by UAI (InserJeunes, constat de rentrée): besides the usual
 * figures, how many of the rows kept name a UAI that no stored établissement has (yet). Those rows
 * are imported all the same: they are reachable by their UAI, and from the établissement once a
 * later import creates it.
 */
export class RapportParUai extends ImportReport {
  /** Rows kept whose UAI is no stored établissement. */
  sansEtablissement = 0;
  /** How many distinct UAIs those rows name. */
  uaisInconnues = 0;

  /** Counts the rows whose UAI is not stored (read by _id: an import may, a request never scans). */
  async compterSansEtablissement(store: Store, rows: readonly { uai: string }[]): Promise<void> {
    const uais = [...new Set(rows.map((row) => row.uai))];
    const connues = new Set((await findByIds(store.db.collection(ETABLISSEMENTS), uais)).map((doc) => doc._id));
    this.sansEtablissement = rows.filter((row) => !connues.has(row.uai)).length;
    this.uaisInconnues = uais.filter((uai) => !connues.has(uai)).length;
  }

  override summary(): string {
    const [figures, ...rest] = super.summary().split("\n");
    if (this.sansEtablissement === 0) return [figures, ...rest].join("\n");
    const note = `  ${this.sansEtablissement} row(s) refer to no known établissement (${this.uaisInconnues} UAI not in the Annuaire yet): imported, reachable by their UAI`;
    return [figures, note, ...rest].join("\n");
  }

  override toJSON() {
    return { ...super.toJSON(), sansEtablissement: this.sansEtablissement, uaisInconnues: this.uaisInconnues };
  }
}
