import type { LienCfdOnisepDoc } from "../lien/lien-cfd-onisep.model";
import type { MefDoc } from "../mef/mef.model";
import { decodeOffre, type OffreDecodee } from "../offre/offre.decode";
import type { OffreDoc } from "../offre/offre.model";

/** "31/08/2019" → "2019-08-31", comparable as text; an open MEF (no date) sorts after every closed one. */
const fermeture = (mef: MefDoc) => (mef.dateFermeture ? mef.dateFermeture.split("/").reverse().join("-") : "9999");

/** Which of two MEFs of one MEFSTAT11 decodes it: the one closed last (or still open), then the higher code, so it is the same on every load. */
const plusRecent = (a: MefDoc, b: MefDoc) => (fermeture(a) !== fermeture(b) ? (fermeture(a) > fermeture(b) ? a : b) : a._id > b._id ? a : b);

/**
 * The referentials offers are decoded with: BCN MEF rows (by MEF) and the CFD → FOR links (by CFD)
 * of Certif Info and of the Onisep table de passage, all whole in memory (10,000 and twice 3,000
 * small rows), with the MEFSTAT11 index offers need. A CFD decodes to the FOR ids of both sources.
 */
export class Decodage {
  private parStat11 = new Map<string, MefDoc>();

  constructor(
    readonly mefs: Map<string, MefDoc>,
    readonly liens: Map<string, LienCfdOnisepDoc>,
    readonly liensTableDePassage: Map<string, LienCfdOnisepDoc> = new Map(),
  ) {
    this.reindexer();
  }

  /** Rebuilds the MEFSTAT11 index after MEF rows changed (10,000 rows: a few milliseconds). */
  reindexer(): void {
    const index = new Map<string, MefDoc>();
    for (const mef of this.mefs.values()) {
      const autre = index.get(mef.mefStat11);
      index.set(mef.mefStat11, autre ? plusRecent(autre, mef) : mef);
    }
    this.parStat11 = index;
  }

  /** An offer decoded: its MEF row, diploma (CFD) and Onisep FOR ids (any link may be missing). */
  decode(offre: Pick<OffreDoc, "mefStat11" | "formationIds">): OffreDecodee {
    const mef = offre.mefStat11 ? (this.parStat11.get(offre.mefStat11) ?? null) : null;
    return decodeOffre(offre, mef, mef ? [this.liens.get(mef.cfd), this.liensTableDePassage.get(mef.cfd)] : []);
  }
}
